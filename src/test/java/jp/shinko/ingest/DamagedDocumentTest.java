package jp.shinko.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import org.junit.jupiter.api.Test;

/**
 * Damaged Kagoshima documents, built here from the sample as the probe built them, are refused with
 * the reason instead of imported: joined to itself 79 times, a record start deleted, a line or a
 * record printed twice, a field that swallowed other records.
 */
class DamagedDocumentTest {

    private static final Path SAMPLE = Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt");
    private final DocumentReader reader = new DocumentReader(Layouts.builtIn());

    @Test
    void theSampleJoinedToItself79TimesIsRefusedInUnderFiveSecondsAndHalfAGigabyte() throws Exception {
        String once = Files.readString(SAMPLE);
        byte[] joined = once.repeat(79).getBytes(StandardCharsets.UTF_8);
        assertThat(joined.length).isBetween(19_000_000, (int) DocumentReader.MAX_BYTES);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();

        var refusal = refused("joined.txt", joined);

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        int secondStart = (int) once.lines().count() + 5;
        assertThat(refusal.message(Locale.JAPANESE)).isEqualTo("joined.txt:" + secondStart
                + ": 事業番号 1 がもう一度現れました（直前は №286）。文書が連結されているか、同じ部分が繰り返されているため読みません");
        assertThat(millis).as("milliseconds").isLessThan(5_000);
        // Everything the read allocated, garbage included, bounds what it held at once.
        assertThat(allocated).as("bytes allocated").isLessThan(512L * 1024 * 1024);
    }

    @Test
    void aRecordWhoseStartLineWasDeletedIsRefused() throws Exception {
        var lines = lines();
        assertThat(lines.remove(1326)).startsWith("50 1 2 1 1 ○ 北前船交流拡大事業");
        var refusal = refused("deleted.txt", join(lines));
        assertThat(refusal.message(Locale.JAPANESE)).matches(
                "deleted\\.txt:\\d+: №50 がないまま №51 が始まります。行が削除されているため読みません");
    }

    @Test
    void aLinePrintedTwiceIsRefused() throws Exception {
        var lines = lines();
        lines.add(8, lines.get(8));
        var refusal = refused("twice.txt", join(lines));
        assertThat(refusal.message(Locale.JAPANESE)).isEqualTo(
                "twice.txt:10: この行は 9 行目と同じです。行が重複しているため読みません");
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo(
                "twice.txt:10: This line repeats line 9: lines were duplicated; refused");
    }

    @Test
    void aRecordPrintedTwiceIsRefused() throws Exception {
        var lines = lines();
        var record49 = new ArrayList<>(lines.subList(lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("49 ")).findFirst().orElseThrow()), 1326));
        lines.addAll(1326, record49);
        var refusal = refused("block.txt", join(lines));
        assertThat(refusal.message(Locale.JAPANESE)).endsWith(
                ": 事業番号 49 がもう一度現れました（直前は №49）。文書が連結されているか、同じ部分が繰り返されているため読みません");
    }

    @Test
    void theUndamagedSampleReadsWithOneWarningForTheProjectItPrintsTwice() {
        var read = reader.read(SAMPLE, null).parsed();
        assertThat(read.content().projects()).hasSize(286);
        assertThat(read.warnings()).extracting(w -> w.reason())
                .contains("事業 142 は事業 141 と事業名・概要・実施主体・担当・年度の記録がすべて同じです"
                        + "（「商店街振興組合指導事業(鹿児島県補助事業)」）。同じ事業が二度印字されていないか確かめてください");
    }

    @Test
    void aFieldThatSwallowedOtherRecordsIsRefused() {
        var parsed = reader.read(SAMPLE, null).parsed();
        var content = parsed.content();
        var projects = new ArrayList<>(content.projects());
        var last = projects.get(projects.size() - 1);
        var swallowed = Collections.nCopies(83_617, "鹿児島商工会議所");
        projects.set(projects.size() - 1, new Project(last.key(), last.name(), last.formerNames(), last.notes(),
                last.period(), last.summary(), last.implementer(), last.departments(), swallowed,
                last.strategicMarks(), last.strategicProjects(), last.cityOwn()));
        var damaged = new ParsedDocument(new PlanContent(content.municipality(), content.plan(), content.source(),
                content.nodes(), content.organizations(), projects, content.placements(), content.yearRecords()),
                List.of());
        try {
            Plausibility.check("swallowed.txt", damaged);
            throw new AssertionError("not refused");
        } catch (ParseException e) {
            assertThat(e.message(Locale.JAPANESE)).isEqualTo("swallowed.txt: 事業 286 の関係機関等が 83617 件あります"
                    + "（上限 200 件）。ほかの事業を取り込んでいるため読みません");
        }
    }

    private ParseException refused(String name, byte[] bytes) {
        try {
            reader.read(name, bytes, null);
        } catch (ParseException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    private static List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(SAMPLE));
    }

    private static byte[] join(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
