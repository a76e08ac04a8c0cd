package jp.shinko.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import jp.shinko.plan.Amount;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.YearFlag;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Writes many new plans at once with PostgreSQL's {@code COPY FROM STDIN}: for national data sets
 * (the benchmark generator), where {@link PlanRepository#save} — a difference against what is
 * stored, row by row — would take hours. Only for plans that are not stored yet; a batch is one
 * transaction, so a failed batch leaves nothing behind. Row ids are drawn from the tables' own
 * sequences first, so the rows can reference each other before they are sent.
 */
@Component
public class PlanBulkLoad {

    /** A plan's content with the text lines of its source document (line 1 first). */
    public record Document(PlanContent content, List<String> sourceLines) {
    }

    private final DataSource dataSource;

    public PlanBulkLoad(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database is PostgreSQL, the only one with COPY. */
    public boolean supported() {
        try (var connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many stored plans have a key starting with {@code prefix}. */
    public int plansWithKeyPrefix(String prefix) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM plans WHERE plan_key LIKE ?")) {
            statement.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the documents in one transaction. */
    public void load(List<Document> documents) {
        try (var connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                write(connection, documents);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        }
    }

    /** Updates the planner's statistics of the loaded tables, so it sees their new sizes. */
    public void analyze() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE municipalities, " + String.join(", ", CopyTables.COLUMNS.keySet()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Connection connection, List<Document> documents) throws SQLException, IOException {
        var contents = documents.stream().map(Document::content).toList();
        var ids = new IdReservation(connection);
        var planIds = ids.next("plans", contents.size());
        var sourceIds = ids.next("sources", contents.size());
        var nodeIds = ids.next("policy_nodes", contents.stream().mapToInt(c -> c.nodes().size()).sum());
        var organizationIds = ids.next("organizations", contents.stream().mapToInt(c -> c.organizations().size()).sum());
        var projectIds = ids.next("projects", contents.stream().mapToInt(c -> c.projects().size()).sum());
        var recordIds = ids.next("year_records", contents.stream().mapToInt(c -> c.yearRecords().size()).sum());

        var tables = new CopyTables();
        var municipalities = new LinkedHashMap<String, String>();
        for (int d = 0; d < documents.size(); d++) {
            var content = contents.get(d);
            municipalities.putIfAbsent(content.municipality().code(), content.municipality().name());
            long planId = planIds.next();
            long sourceId = sourceIds.next();
            writePlan(tables, content, documents.get(d).sourceLines(), planId, sourceId);
            var nodes = new HashMap<String, Long>();
            for (int i = 0; i < content.nodes().size(); i++) {
                var node = content.nodes().get(i);
                long id = nodeIds.next();
                nodes.put(node.path().toString(), id);
                tables.row("policy_nodes", id, planId, node.path().toString(), node.level(), node.number(),
                        node.title(), i);
            }
            var organizations = new HashMap<String, Long>();
            for (int i = 0; i < content.organizations().size(); i++) {
                var organization = content.organizations().get(i);
                long id = organizationIds.next();
                organizations.put(organization.name(), id);
                tables.row("organizations", id, planId, organization.name(), organization.kind().name(),
                        organization.parent(), i);
            }
            var projects = new HashMap<String, Long>();
            for (int i = 0; i < content.projects().size(); i++) {
                var project = content.projects().get(i);
                long id = projectIds.next();
                projects.put(project.key(), id);
                var period = project.period();
                tables.row("projects", id, planId, project.key(), project.name(), project.summary(),
                        period.start() == null ? null : period.start().year(),
                        period.end() == null ? null : period.end().year(), period.printed(),
                        project.implementer() == null ? null : organizations.get(project.implementer()),
                        project.cityOwn(), project.strategicMarks(), i);
                list(tables, "project_former_names", id, project.formerNames());
                list(tables, "project_notes", id, project.notes());
                list(tables, "project_departments", id,
                        project.departments().stream().map(organizations::get).toList());
                list(tables, "project_related", id, project.related());
                list(tables, "project_strategic_projects", id, project.strategicProjects());
            }
            String sha = content.source().sha256();
            for (int i = 0; i < content.placements().size(); i++) {
                var placement = content.placements().get(i);
                long projectId = projects.get(placement.projectKey());
                var provenance = provenance(placement.provenance(), sha, sourceId);
                tables.row("placements", planId, i, projectId, nodes.get(placement.node().toString()),
                        placement.primary(), placement.primary() ? projectId : null, placement.printedNumber(),
                        placement.order(), provenance[0], provenance[1], provenance[2]);
            }
            for (int i = 0; i < content.yearRecords().size(); i++) {
                var record = content.yearRecords().get(i);
                long id = recordIds.next();
                var provenance = provenance(record.provenance(), sha, sourceId);
                tables.row("year_records", id, projects.get(record.projectKey()), record.year().year(),
                        record.budget().kind().name(), amount(record.budget()),
                        record.settled().kind().name(), amount(record.settled()), record.content(),
                        record.contentSameAsLeft(), record.evaluation() == null ? null : record.evaluation().mark(),
                        record.outlook(), record.expansionNote(), record.status().name(), i,
                        provenance[0], provenance[1], provenance[2]);
                for (var flag : YearFlag.values()) {
                    if (record.has(flag)) {
                        tables.row("year_record_flags", id, flag.name());
                    }
                }
            }
        }
        try (var statement = connection.prepareStatement(
                "INSERT INTO municipalities (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING")) {
            for (var municipality : municipalities.entrySet()) {
                statement.setString(1, municipality.getKey());
                statement.setString(2, municipality.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        tables.send(connection.unwrap(PGConnection.class).getCopyAPI());
    }

    private static void writePlan(CopyTables tables, PlanContent content, List<String> lines, long planId,
                                  long sourceId) {
        var source = content.source();
        if (lines.size() != source.lineCount()) {
            throw new IllegalArgumentException(source.fileName() + ": " + lines.size() + " lines for a line count of "
                    + source.lineCount());
        }
        tables.row("sources", sourceId, source.sha256(), source.fileName(), source.layout(), source.title(),
                source.published() == null ? null : source.published().atDay(1), source.asOf(), source.lineCount());
        for (int i = 0; i < lines.size(); i++) {
            tables.row("source_lines", sourceId, i + 1, lines.get(i));
        }
        var plan = content.plan();
        tables.row("plans", planId, plan.key(), plan.municipalityCode(), plan.title(),
                plan.startYear() == null ? null : plan.startYear().year(),
                plan.endYear() == null ? null : plan.endYear().year(), sourceId);
        for (int i = 0; i < plan.levelNames().size(); i++) {
            tables.row("plan_levels", planId, i + 1, plan.levelNames().get(i));
        }
        var scale = plan.evaluationScale();
        var grades = Stream.concat(scale.grades().stream(), Stream.ofNullable(scale.notRun())).toList();
        for (int i = 0; i < grades.size(); i++) {
            var grade = grades.get(i);
            tables.row("plan_evaluation_grades", planId, i, grade.mark(),
                    grade.minPercent() == null ? null : grade.minPercent().toString(), grade.label(),
                    i == scale.grades().size());
        }
        for (int i = 0; i < plan.strategicProjects().size(); i++) {
            tables.row("plan_strategic_projects", planId, i, plan.strategicProjects().get(i));
        }
        var years = new java.util.TreeSet<>(plan.priorities().keySet());
        years.addAll(plan.priorityIntroductions().keySet());
        for (var year : years) {
            tables.row("plan_priority_years", planId, year.year(), plan.priorityIntroductions().get(year));
            var items = plan.priorities().getOrDefault(year, List.of());
            for (int i = 0; i < items.size(); i++) {
                tables.row("plan_priorities", planId, year.year(), i, items.get(i));
            }
        }
    }

    private static void list(CopyTables tables, String table, long projectId, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            tables.row(table, projectId, i, items.get(i));
        }
    }

    private static Long amount(Amount amount) {
        return amount.isPresent() ? amount.thousandYen() : null;
    }

    /** source_id, first_line, last_line: the plan's own source only, as {@link ProvenanceColumns} would. */
    private static Object[] provenance(Provenance provenance, String sha256, long sourceId) {
        if (provenance == null || !provenance.sourceSha256().equals(sha256)) {
            return new Object[3];
        }
        return new Object[] {sourceId, provenance.firstLine(), provenance.lastLine()};
    }

    /** Ids drawn from a table's identity sequence, in advance. */
    private static final class IdReservation {

        private final Connection connection;

        IdReservation(Connection connection) {
            this.connection = connection;
        }

        java.util.PrimitiveIterator.OfLong next(String table, int count) throws SQLException {
            var ids = new long[count];
            try (var statement = connection.prepareStatement(
                    "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
                statement.setString(1, table);
                statement.setInt(2, count);
                try (var rs = statement.executeQuery()) {
                    for (int i = 0; rs.next(); i++) {
                        ids[i] = rs.getLong(1);
                    }
                }
            }
            return java.util.Arrays.stream(ids).iterator();
        }
    }

    /** Rows per table in COPY's text format, sent in an order that satisfies the foreign keys. */
    private static final class CopyTables {

        private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

        static {
            COLUMNS.put("sources", "id, sha256, file_name, layout, title, published_month, as_of, line_count");
            COLUMNS.put("source_lines", "source_id, line_no, text");
            COLUMNS.put("plans", "id, plan_key, municipality_code, title, start_year, end_year, source_id");
            COLUMNS.put("plan_levels", "plan_id, level_no, name");
            COLUMNS.put("plan_evaluation_grades", "plan_id, ord, mark, min_percent, label, not_run");
            COLUMNS.put("plan_strategic_projects", "plan_id, ord, name");
            COLUMNS.put("plan_priority_years", "plan_id, fiscal_year, introduction");
            COLUMNS.put("plan_priorities", "plan_id, fiscal_year, ord, text");
            COLUMNS.put("policy_nodes", "id, plan_id, path, node_level, node_number, title, ord");
            COLUMNS.put("organizations", "id, plan_id, name, kind, parent_name, ord");
            COLUMNS.put("projects", "id, plan_id, project_key, name, summary, period_start, period_end,"
                    + " period_printed, implementer_id, city_own, strategic_marks, ord");
            COLUMNS.put("project_former_names", "project_id, ord, name");
            COLUMNS.put("project_notes", "project_id, ord, text");
            COLUMNS.put("project_departments", "project_id, ord, organization_id");
            COLUMNS.put("project_related", "project_id, ord, text");
            COLUMNS.put("project_strategic_projects", "project_id, ord, name");
            COLUMNS.put("placements", "plan_id, ord, project_id, node_id, is_primary, primary_project_id,"
                    + " printed_number, print_order, source_id, first_line, last_line");
            COLUMNS.put("year_records", "id, project_id, fiscal_year, budget_kind, budget_thousand_yen, settled_kind,"
                    + " settled_thousand_yen, content, content_same_as_left, evaluation_mark, outlook, expansion_note,"
                    + " status, ord, source_id, first_line, last_line");
            COLUMNS.put("year_record_flags", "year_record_id, flag");
        }

        private final Map<String, StringBuilder> rows = new HashMap<>();

        void row(String table, Object... values) {
            var out = rows.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                append(out, values[i]);
            }
            out.append('\n');
        }

        private static void append(StringBuilder out, Object value) {
            if (value == null) {
                out.append("\\N");
                return;
            }
            var text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }

        void send(org.postgresql.copy.CopyManager copy) throws SQLException, IOException {
            var order = new ArrayList<>(COLUMNS.keySet());
            for (var table : order) {
                var text = rows.remove(table);
                if (text != null) {
                    copy.copyIn("COPY " + table + " (" + COLUMNS.get(table) + ") FROM STDIN",
                            new StringReader(text.toString()));
                }
            }
            if (!rows.isEmpty()) {
                throw new IllegalStateException("no COPY columns for " + rows.keySet());
            }
        }
    }
}
