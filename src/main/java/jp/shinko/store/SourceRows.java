package jp.shinko.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import jp.shinko.plan.InvalidPlanException;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearRecord;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sources table and each source's text lines: documents addressed by their SHA-256. */
final class SourceRows {

    private final JdbcClient jdbc;

    SourceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Source> bySha256(String sha256) {
        return find("sha256 = ?", sha256);
    }

    Optional<Source> byId(long id) {
        return find("id = ?", id);
    }

    private Optional<Source> find(String condition, Object parameter) {
        return jdbc.sql("""
                        SELECT file_name, sha256, layout, title, published_month, as_of, line_count
                        FROM sources WHERE\s""" + condition)
                .param(parameter)
                .query((rs, n) -> {
                    var published = rs.getObject("published_month", LocalDate.class);
                    return new Source(rs.getString("file_name"), rs.getString("sha256"),
                            rs.getString("layout"), rs.getString("title"),
                            published == null ? null : YearMonth.from(published),
                            rs.getObject("as_of", LocalDate.class), rs.getInt("line_count"));
                })
                .optional();
    }

    /** Lines {@code from} to {@code to}, 1-based and inclusive, of those stored. */
    List<String> lines(String sha256, int from, int to) {
        return List.copyOf(jdbc.sql("""
                        SELECT l.text FROM source_lines l JOIN sources s ON s.id = l.source_id
                        WHERE s.sha256 = ? AND l.line_no BETWEEN ? AND ?
                        ORDER BY l.line_no""")
                .params(sha256, from, to)
                .query(String.class)
                .list());
    }

    /**
     * Inserts or updates the source row and returns its id; stores {@code lines} (may be null) if
     * the source has no lines yet: the lines of the same bytes never change, so they are written once.
     */
    long write(Source source, List<String> lines) {
        if (lines != null && lines.size() != source.lineCount()) {
            throw new InvalidPlanException("出典 " + source.fileName() + " の行数 " + source.lineCount()
                    + " と渡された本文の行数 " + lines.size() + " が一致しません");
        }
        var stored = bySha256(source.sha256());
        var values = new Object[] {source.fileName(), source.layout(), source.title(),
                SqlValues.date(source.published() == null ? null : source.published().atDay(1)),
                SqlValues.date(source.asOf()), source.lineCount(), source.sha256()};
        if (stored.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO sources (file_name, layout, title, published_month, as_of, line_count, sha256)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        } else if (!stored.get().equals(source)) {
            jdbc.sql("""
                            UPDATE sources SET file_name = ?, layout = ?, title = ?, published_month = ?,
                                               as_of = ?, line_count = ?
                            WHERE sha256 = ?""")
                    .params(values).update();
        }
        long id = id(source.sha256()).orElseThrow();
        if (lines != null && !hasLines(id)) {
            var insert = new BulkInsert(jdbc, "source_lines", "source_id", "line_no", "text");
            for (int i = 0; i < lines.size(); i++) {
                insert.row(id, i + 1, lines.get(i));
            }
            insert.execute();
        }
        return id;
    }

    private boolean hasLines(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM source_lines WHERE source_id = ?").param(id).query(Long.class).single() > 0;
    }

    private Optional<Long> id(String sha256) {
        return jdbc.sql("SELECT id FROM sources WHERE sha256 = ?").param(sha256).query(Long.class).optional();
    }

    /** Ids by SHA-256 of every source the content's provenance names; refuses sources never stored. */
    Map<String, Long> provenanceIds(PlanContent content, long contentSourceId) {
        var ids = new HashMap<String, Long>();
        ids.put(content.source().sha256(), contentSourceId);
        Stream.concat(content.placements().stream().map(Placement::provenance),
                        content.yearRecords().stream().map(YearRecord::provenance))
                .filter(Objects::nonNull)
                .map(Provenance::sourceSha256)
                .distinct()
                .filter(sha256 -> !ids.containsKey(sha256))
                .forEach(sha256 -> ids.put(sha256, id(sha256).orElseThrow(() -> new InvalidPlanException(
                        "来歴が参照する出典 " + sha256 + " が登録されていません"))));
        return ids;
    }
}
