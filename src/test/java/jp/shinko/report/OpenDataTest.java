package jp.shinko.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jp.shinko.json.PlanJson;
import jp.shinko.plan.FiscalYear;
import jp.shinko.report.opendata.CsvColumn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Open data: the CSV of year records and the JSON of tree, projects and records. */
class OpenDataTest {

    private final PlanExporter exporter = new PlanExporter();

    private List<CSVRecord> csv(byte[] bytes) throws Exception {
        var text = new String(bytes, StandardCharsets.UTF_8);
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(text)).getRecords();
    }

    @Test
    void csvHasOneRowPerProjectAndYearWithTheMunicipalityCodeFirst() throws Exception {
        var export = exporter.export(SamplePlans.kagoshima(), ExportRequest.of(ExportFormat.CSV));
        var text = new String(export.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("全国地方公共団体コード,地方公共団体名,計画ID,計画名,年度,事業ID,");
        assertThat(text.lines().findFirst().orElseThrow().split(",")).hasSize(CsvColumn.values().length);
        assertThat(text).contains("\r\n");
        var rows = csv(export.bytes());
        assertThat(rows).hasSize(572);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("全国地方公共団体コード")).isEqualTo("462012"));
        var budget2020 = rows.stream().filter(r -> r.get("年度").equals("2020") && r.get("予算額区分").equals("金額"))
                .mapToLong(r -> Long.parseLong(r.get("予算額（千円）"))).sum();
        assertThat(budget2020).isEqualTo(7_594_877);
        var settled2019 = rows.stream().filter(r -> r.get("年度").equals("2019") && r.get("決算額区分").equals("金額"))
                .mapToLong(r -> Long.parseLong(r.get("決算額（千円）"))).sum();
        assertThat(settled2019).isEqualTo(5_389_552);
        // Absent amounts are empty, never 0, and their kind says why.
        assertThat(rows.stream().filter(r -> !r.get("予算額区分").equals("金額")))
                .allSatisfy(r -> assertThat(r.get("予算額（千円）")).isEmpty());
        assertThat(rows.stream().filter(r -> r.get("年度").equals("2020")).map(r -> r.get("予算額区分")).distinct())
                .containsExactlyInAnyOrder("金額", "なし", "非公開", "記載なし");
        var seventh = rows.stream().filter(r -> r.get("年度").equals("2019") && r.get("事業ID").equals("7")).findFirst().orElseThrow();
        assertThat(seventh.get("事業名")).isEqualTo("メディア等活用宣伝事業");
        assertThat(seventh.get("旧事業名")).isEqualTo("観光かごしまプロモーション事業");
        assertThat(seventh.get("政策体系番号")).isEqualTo("1/1/1/2");
        assertThat(seventh.get("政策体系名")).isEqualTo("振興の方向性1 > 基本方針1 > 推進施策1 > 主な取組み2");
        assertThat(seventh.get("決算額（千円）")).isEqualTo("30281");
        assertThat(seventh.get("事業評価")).isEqualTo("○");
        assertThat(seventh.get("開始年度")).isEqualTo("1980");
        assertThat(seventh.get("市の事業")).isEqualTo("1");
    }

    @Test
    void csvOfOneYearCountsReListedProjectsOnceAndNamesWhereTheyAreListedAgain() throws Exception {
        var rows = csv(exporter.export(SamplePlans.kumamoto(),
                ExportRequest.of(ExportFormat.CSV).forYear(FiscalYear.of(2024))).bytes());
        assertThat(rows).hasSize(59);
        assertThat(rows.stream().filter(r -> r.get("予算額区分").equals("金額"))
                .mapToLong(r -> Long.parseLong(r.get("予算額（千円）"))).sum()).isEqualTo(2_516_552);
        var relisted = rows.stream().filter(r -> r.get("事業名").equals("成長産業創出支援事業")).findFirst().orElseThrow();
        assertThat(relisted.get("政策体系番号")).isEqualTo("1/①");
        assertThat(relisted.get("再掲先政策体系番号")).isEqualTo("2/③;5/⑩");
        assertThat(relisted.get("政策体系名")).isEqualTo("方向性1. 創業・事業承継の促進 > 取組① 創業支援");
        assertThat(rows.stream().filter(r -> r.get("重点事業").equals("1"))).hasSize(15);
        assertThat(rows.stream().filter(r -> r.get("新規").equals("1"))).hasSize(8);
    }

    @Test
    void bomIsWrittenOnlyWhenAskedFor() {
        var plain = exporter.export(SamplePlans.kumamoto(), ExportRequest.of(ExportFormat.CSV)).bytes();
        var forExcel = exporter.export(SamplePlans.kumamoto(), new ExportRequest(ExportFormat.CSV, null, true)).bytes();
        assertThat(plain).startsWith("全国".getBytes(StandardCharsets.UTF_8));
        assertThat(forExcel).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(forExcel, 3, forExcel.length)).isEqualTo(plain);
    }

    @Test
    void jsonNestsTheTreeAndListsProjectsWithPlacementsAndRecords() {
        var json = PlanJson.mapper().readTree(exporter.export(SamplePlans.kumamoto(),
                ExportRequest.of(ExportFormat.JSON)).bytes());
        assertThat(json.get("dataset").asString()).isEqualTo("shinko-plan");
        assertThat(json.get("municipality").get("code").asString()).isEqualTo("431001");
        assertThat(json.get("fiscalYears").toString()).isEqualTo("[2024]");
        var tree = json.get("tree");
        assertThat(tree).hasSize(5);
        var third = tree.get(1).get("children").get(0);
        assertThat(third.get("path").asString()).isEqualTo("2/③");
        assertThat(third.get("title").asString()).isEqualTo("技術革新・生産性向上支援");
        assertThat(third.get("reListedProjects").toString()).isEqualTo("[\"成長産業創出支援事業\"]");
        var projects = json.get("projects");
        assertThat(projects).hasSize(59);
        JsonNode first = projects.get(0);
        assertThat(first.get("project").get("name").asString()).isEqualTo("成長産業創出支援事業");
        assertThat(first.get("placements")).hasSize(3);
        assertThat(first.get("yearRecords").get(0).get("budget").toString())
                .isEqualTo("{\"kind\":\"VALUE\",\"thousandYen\":16072}");
    }

    @Test
    void dataDictionaryDocumentsEveryColumnInOrder() throws Exception {
        var doc = Files.readString(Path.of("docs/open-data.md"));
        int index = 0;
        for (var column : CsvColumn.values()) {
            var row = "| " + (column.ordinal() + 1) + " | " + column.heading() + " | `" + column.id() + "` |";
            assertThat(doc).as(column.name()).contains(row);
            assertThat(doc.indexOf(row)).isGreaterThan(index);
            index = doc.indexOf(row);
        }
        for (var kind : jp.shinko.plan.Amount.Kind.values()) {
            var value = CsvColumn.kind(kind == jp.shinko.plan.Amount.Kind.VALUE ? jp.shinko.plan.Amount.ofThousandYen(1)
                    : new jp.shinko.plan.Amount(kind, 0));
            assertThat(doc).contains("| " + value + " | `" + kind.name() + "` |");
        }
    }
}
