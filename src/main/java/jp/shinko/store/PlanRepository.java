package jp.shinko.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Source;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores plan content read from documents and reads it back: the store package's entry point.
 * Every method runs in the caller's transaction, or in its own when there is none, so a save
 * that fails leaves the database as it was.
 */
@Repository
@Transactional(readOnly = true)
public class PlanRepository {

    private final JdbcClient jdbc;
    private final SourceRows sources;
    private final PlanContentReader reader;
    private final PlanContentWriter writer;

    public PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.sources = new SourceRows(jdbc);
        this.reader = new PlanContentReader(jdbc, sources);
        this.writer = new PlanContentWriter(jdbc, reader, sources);
    }

    /**
     * Stores one document's content as the plan's content, replacing what the plan had: rows
     * the content no longer has are deleted, changed rows updated in place (keeping their ids),
     * unchanged rows left alone, so saving the same content again changes nothing. The source's
     * text lines are not touched; see {@link #save(PlanContent, List)}.
     */
    @Transactional
    public void save(PlanContent content) {
        writer.write(content, null);
    }

    /**
     * Like {@link #save(PlanContent)}, and also stores the source document's text lines (line 1
     * first) unless that source already has them; their number must be the source's line count.
     */
    @Transactional
    public void save(PlanContent content, List<String> sourceLines) {
        writer.write(content, List.copyOf(sourceLines));
    }

    /**
     * The plan's published content: what the public sees, without the drafts of an annual round
     * that is not published yet. Equal to the content last saved for the plan when it has no such round.
     */
    public Optional<PlanContent> load(String planKey) {
        return reader.read(planKey, true);
    }

    /** The plan's stored content with the drafts of an unpublished annual round, for the round and imports. */
    public Optional<PlanContent> loadIncludingDrafts(String planKey) {
        return reader.read(planKey, false);
    }

    /**
     * All stored plans by municipality code and plan key, with totals per published fiscal year of
     * the year's projects ({@link jp.shinko.plan.ProjectYears}).
     */
    public List<PlanSummaryRow> plans() {
        var years = new HashMap<String, Map<FiscalYear, BudgetSummary>>();
        jdbc.sql("""
                        SELECT p.plan_key, y.fiscal_year,
                               COUNT(DISTINCT y.project_id) AS projects,
                               COALESCE(SUM(y.budget_thousand_yen), 0) AS budget,
                               COALESCE(SUM(y.settled_thousand_yen), 0) AS settled,
                               SUM(CASE WHEN y.budget_kind = 'VALUE' THEN 1 ELSE 0 END) AS budget_stated,
                               SUM(CASE WHEN y.settled_kind = 'VALUE' THEN 1 ELSE 0 END) AS settled_stated,
                               SUM(CASE WHEN y.budget_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS budget_undisclosed,
                               SUM(CASE WHEN y.settled_kind = 'UNDISCLOSED' THEN 1 ELSE 0 END) AS settled_undisclosed
                        FROM year_records y
                        JOIN projects pr ON pr.id = y.project_id
                        JOIN plans p ON p.id = pr.plan_id
                        WHERE\s""" + InYear.of("pr", "y") + """
                        GROUP BY p.plan_key, y.fiscal_year""")
                .query(rs -> {
                    years.computeIfAbsent(rs.getString("plan_key"), k -> new LinkedHashMap<>())
                            .put(FiscalYear.of(rs.getInt("fiscal_year")), new BudgetSummary(
                                    rs.getInt("projects"), rs.getLong("budget"), rs.getLong("settled"),
                                    rs.getInt("budget_stated"), rs.getInt("settled_stated"),
                                    rs.getInt("budget_undisclosed"), rs.getInt("settled_undisclosed")));
                });
        return jdbc.sql("""
                        SELECT m.code, m.name, p.plan_key, p.title
                        FROM plans p JOIN municipalities m ON m.code = p.municipality_code
                        ORDER BY m.code, p.plan_key""")
                .query((rs, n) -> new PlanSummaryRow(new Municipality(rs.getString("code"), rs.getString("name")),
                        rs.getString("plan_key"), rs.getString("title"),
                        years.getOrDefault(rs.getString("plan_key"), Map.of())))
                .list();
    }

    /** Each stored plan's key with the SHA-256 of the document it was last saved from, by plan key. */
    public java.util.SortedMap<String, String> sourcesByPlan() {
        var map = new java.util.TreeMap<String, String>();
        jdbc.sql("SELECT p.plan_key, s.sha256 FROM plans p JOIN sources s ON s.id = p.source_id")
                .query(rs -> {
                    map.put(rs.getString(1), rs.getString(2));
                });
        return map;
    }

    /** All stored municipalities, by code. */
    public List<Municipality> municipalities() {
        return jdbc.sql("SELECT code, name FROM municipalities ORDER BY code")
                .query((rs, n) -> new Municipality(rs.getString("code"), rs.getString("name")))
                .list();
    }

    public Optional<Source> sourceBySha256(String sha256) {
        return sources.bySha256(sha256);
    }

    /**
     * Lines {@code from} to {@code to} (1-based, inclusive) of a stored source's text, cut to the
     * lines that exist; empty for an unknown source or one stored without its text.
     */
    public List<String> sourceLines(String sha256, int from, int to) {
        return sources.lines(sha256, from, to);
    }
}
