package jp.shinko.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearRecord;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the difference between a plan's stored projects and year records and the wanted ones,
 * then deletes those no longer wanted. A changed year record has its version raised by one, so
 * an edit made against the old version can be refused later.
 */
final class ProjectWriter {

    /** A year record's natural key. */
    private record RecordKey(String projectKey, FiscalYear year) {

        static RecordKey of(YearRecord record) {
            return new RecordKey(record.projectKey(), record.year());
        }
    }

    private final JdbcClient jdbc;

    ProjectWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long planId, Optional<PlanContent> stored, PlanContent content,
               Map<String, Long> organizationIds, Map<String, Long> sourceIds) {
        var projects = RowChanges.between(
                stored.map(PlanContent::projects).orElse(List.of()), content.projects(), Project::key);
        var insert = new BulkInsert(jdbc, "projects", "name", "summary", "period_start", "period_end",
                "period_printed", "implementer_id", "city_own", "strategic_marks", "ord", "plan_id", "project_key");
        projects.added().forEach(row -> insert.row(projectValues(planId, row, organizationIds)));
        insert.execute();
        Stream.concat(projects.changed(), projects.moved()).forEach(row -> jdbc.sql("""
                        UPDATE projects SET name = ?, summary = ?, period_start = ?, period_end = ?,
                               period_printed = ?, implementer_id = ?, city_own = ?, strategic_marks = ?, ord = ?
                        WHERE plan_id = ? AND project_key = ?""")
                .params(projectValues(planId, row, organizationIds)).update());
        var projectIds = PlanContentWriter.ids(jdbc, planId, "projects", "project_key");
        writeProjectLists(Stream.concat(projects.added(), projects.changed()).map(RowChanges.Row::wanted).toList(),
                projects.changed().map(row -> projectIds.get(row.wanted().key())).toList(),
                projectIds, organizationIds);

        writeYearRecords(planId, stored, content, projectIds, sourceIds);
        projects.removed().forEach(key -> jdbc.sql("DELETE FROM projects WHERE id = ?")
                .param(projectIds.get(key)).update());
    }

    private static Object[] projectValues(long planId, RowChanges.Row<Project> row, Map<String, Long> organizationIds) {
        var project = row.wanted();
        var period = project.period();
        return new Object[] {project.name(), project.summary(), SqlValues.year(period.start()),
                SqlValues.year(period.end()), period.printed(),
                SqlValues.bigint(project.implementer() == null ? null : organizationIds.get(project.implementer())),
                project.cityOwn(), project.strategicMarks(), row.ord(), planId, project.key()};
    }

    /** A child table holding one of a project's lists, one row per item in list order. */
    private record ProjectList(String table, String column, Function<Project, List<?>> items) {
    }

    /** Former names, notes, departments, related and strategic projects; rewritten whole per project. */
    private void writeProjectLists(List<Project> written, List<Long> replacedIds, Map<String, Long> projectIds,
                                   Map<String, Long> organizationIds) {
        var lists = List.of(
                new ProjectList("project_former_names", "name", Project::formerNames),
                new ProjectList("project_notes", "text", Project::notes),
                new ProjectList("project_departments", "organization_id",
                        project -> project.departments().stream().map(organizationIds::get).toList()),
                new ProjectList("project_related", "text", Project::related),
                new ProjectList("project_strategic_projects", "name", Project::strategicProjects));
        for (var list : lists) {
            for (long id : replacedIds) {
                jdbc.sql("DELETE FROM " + list.table() + " WHERE project_id = ?").param(id).update();
            }
            var insert = new BulkInsert(jdbc, list.table(), "project_id", "ord", list.column());
            for (var project : written) {
                var items = list.items().apply(project);
                for (int i = 0; i < items.size(); i++) {
                    insert.row(projectIds.get(project.key()), i, items.get(i));
                }
            }
            insert.execute();
        }
    }

    private void writeYearRecords(long planId, Optional<PlanContent> stored, PlanContent content,
                                  Map<String, Long> projectIds, Map<String, Long> sourceIds) {
        var records = RowChanges.between(
                stored.map(PlanContent::yearRecords).orElse(List.of()), content.yearRecords(), RecordKey::of);
        var insert = new BulkInsert(jdbc, "year_records", "budget_kind", "budget_thousand_yen", "settled_kind",
                "settled_thousand_yen", "content", "content_same_as_left", "evaluation_mark", "outlook",
                "expansion_note", "status", "source_id", "first_line", "last_line", "ord", "project_id", "fiscal_year");
        records.added().forEach(row -> insert.row(recordValues(row, projectIds, sourceIds)));
        insert.execute();
        records.changed().forEach(row -> jdbc.sql("""
                        UPDATE year_records SET budget_kind = ?, budget_thousand_yen = ?, settled_kind = ?,
                               settled_thousand_yen = ?, content = ?, content_same_as_left = ?,
                               evaluation_mark = ?, outlook = ?, expansion_note = ?, status = ?,
                               source_id = ?, first_line = ?, last_line = ?, ord = ?, version = version + 1
                        WHERE project_id = ? AND fiscal_year = ?""")
                .params(recordValues(row, projectIds, sourceIds)).update());
        records.moved().forEach(row -> jdbc.sql(
                        "UPDATE year_records SET ord = ? WHERE project_id = ? AND fiscal_year = ?")
                .params(row.ord(), projectIds.get(row.wanted().projectKey()), row.wanted().year().year())
                .update());

        var recordIds = recordIds(planId);
        var flagsChanged = records.changed().filter(row -> !row.stored().flags().equals(row.wanted().flags())).toList();
        flagsChanged.forEach(row -> jdbc.sql("DELETE FROM year_record_flags WHERE year_record_id = ?")
                .param(recordIds.get(RecordKey.of(row.wanted()))).update());
        var flags = new BulkInsert(jdbc, "year_record_flags", "year_record_id", "flag");
        Stream.concat(records.added(), flagsChanged.stream()).map(RowChanges.Row::wanted)
                .forEach(record -> record.flags().stream().sorted()
                        .forEach(flag -> flags.row(recordIds.get(RecordKey.of(record)), flag.name())));
        flags.execute();
        var money = new HashMap<Long, List<jp.shinko.plan.MoneyFigure>>();
        records.added().map(RowChanges.Row::wanted).filter(record -> !record.moneyFigures().isEmpty())
                .forEach(record -> money.put(recordIds.get(RecordKey.of(record)), record.moneyFigures()));
        records.changed().filter(row -> !row.stored().moneyFigures().equals(row.wanted().moneyFigures()))
                .forEach(row -> money.put(recordIds.get(RecordKey.of(row.wanted())), row.wanted().moneyFigures()));
        MoneyFigureColumns.replace(jdbc, money, true);
        records.removed().forEach(key -> jdbc.sql("DELETE FROM year_records WHERE id = ?")
                .param(recordIds.get(key)).update());
    }

    private static Object[] recordValues(RowChanges.Row<YearRecord> row, Map<String, Long> projectIds,
                                         Map<String, Long> sourceIds) {
        var record = row.wanted();
        var provenance = ProvenanceColumns.of(record.provenance(), sourceIds);
        return new Object[] {
                record.budget().kind().name(), amountValue(record.budget()),
                record.settled().kind().name(), amountValue(record.settled()),
                record.content(), record.contentSameAsLeft(),
                SqlValues.text(record.evaluation() == null ? null : record.evaluation().mark()),
                SqlValues.text(record.outlook()), SqlValues.text(record.expansionNote()), record.status().name(),
                provenance.sourceId(), provenance.firstLine(), provenance.lastLine(), row.ord(),
                projectIds.get(record.projectKey()), record.year().year()};
    }

    private static Object amountValue(Amount amount) {
        return SqlValues.bigint(amount.isPresent() ? amount.thousandYen() : null);
    }

    private Map<RecordKey, Long> recordIds(long planId) {
        var ids = new HashMap<RecordKey, Long>();
        jdbc.sql("""
                        SELECT pr.project_key, y.fiscal_year, y.id FROM year_records y
                        JOIN projects pr ON pr.id = y.project_id WHERE pr.plan_id = ?""")
                .param(planId)
                .query(rs -> {
                    ids.put(new RecordKey(rs.getString(1), FiscalYear.of(rs.getInt(2))), rs.getLong(3));
                });
        return ids;
    }
}
