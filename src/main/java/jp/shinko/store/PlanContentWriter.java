package jp.shinko.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.Organization;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Source;
import jp.shinko.sql.SqlValues;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replaces a plan's stored content with new content by writing only the difference: rows keep
 * their ids, unchanged rows are not touched, and saving the same content twice writes nothing.
 * Runs inside the caller's transaction.
 */
final class PlanContentWriter {

    private final JdbcClient jdbc;
    private final PlanContentReader reader;
    private final SourceRows sources;
    private final ProjectWriter projects;

    PlanContentWriter(JdbcClient jdbc, PlanContentReader reader, SourceRows sources) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.sources = sources;
        this.projects = new ProjectWriter(jdbc);
    }

    /** Writes {@code content}; {@code sourceLines} (may be null) are stored if the source has none yet. */
    void write(PlanContent content, List<String> sourceLines) {
        // Lock the plan row so concurrent imports of one plan run one after the other; two
        // first imports of a new plan race on plans_key_unique instead, and one fails whole.
        jdbc.sql("SELECT id FROM plans WHERE plan_key = ? FOR UPDATE").param(content.plan().key())
                .query(Long.class).optional();
        var stored = reader.read(content.plan().key(), false);
        writeMunicipality(content.municipality());
        long sourceId = sources.write(content.source(), sourceLines);
        long planId = writePlan(content.plan(), content.source(), sourceId, stored);
        var sourceIds = sources.provenanceIds(content, sourceId);

        var placementsChanged = stored.map(s -> !s.placements().equals(content.placements())).orElse(true);
        if (placementsChanged) {
            jdbc.sql("DELETE FROM placements WHERE plan_id = ?").param(planId).update();
        }
        var organizations = RowChanges.between(
                stored.map(PlanContent::organizations).orElse(List.of()), content.organizations(), Organization::name);
        writeOrganizations(planId, organizations);
        var nodes = RowChanges.between(
                stored.map(PlanContent::nodes).orElse(List.of()), content.nodes(), PolicyNode::path);
        writeNodes(planId, nodes);

        // Projects and year records first: stale ones go before the nodes and organizations they use.
        projects.write(planId, stored, content, ids(jdbc, planId, "organizations", "name"), sourceIds);
        nodes.removed().forEach(path -> jdbc.sql("DELETE FROM policy_nodes WHERE plan_id = ? AND path = ?")
                .params(planId, path.toString()).update());
        organizations.removed().forEach(name -> jdbc.sql("DELETE FROM organizations WHERE plan_id = ? AND name = ?")
                .params(planId, name).update());
        if (placementsChanged) {
            insertPlacements(planId, content.placements(), ids(jdbc, planId, "projects", "project_key"),
                    ids(jdbc, planId, "policy_nodes", "path"), sourceIds);
        }
    }

    private void writeMunicipality(Municipality municipality) {
        var name = jdbc.sql("SELECT name FROM municipalities WHERE code = ?")
                .param(municipality.code()).query(String.class).optional();
        if (name.isEmpty()) {
            jdbc.sql("INSERT INTO municipalities (code, name) VALUES (?, ?)")
                    .params(municipality.code(), municipality.name()).update();
        } else if (!name.get().equals(municipality.name())) {
            jdbc.sql("UPDATE municipalities SET name = ? WHERE code = ?")
                    .params(municipality.name(), municipality.code()).update();
        }
    }

    private long writePlan(Plan plan, Source source, long sourceId, Optional<PlanContent> stored) {
        var values = new Object[] {plan.municipalityCode(), plan.title(), SqlValues.year(plan.startYear()),
                SqlValues.year(plan.endYear()), sourceId, plan.key()};
        if (stored.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO plans (municipality_code, title, start_year, end_year, source_id, plan_key)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        } else if (!stored.get().plan().equals(plan) || !stored.get().source().sha256().equals(source.sha256())) {
            jdbc.sql("""
                            UPDATE plans SET municipality_code = ?, title = ?, start_year = ?, end_year = ?,
                                             source_id = ?
                            WHERE plan_key = ?""")
                    .params(values).update();
        }
        long planId = jdbc.sql("SELECT id FROM plans WHERE plan_key = ?").param(plan.key()).query(Long.class).single();
        if (stored.map(s -> !s.plan().equals(plan)).orElse(true)) {
            writePlanLists(planId, plan);
        }
        return planId;
    }

    /** Level names, evaluation scale, strategic projects and priorities: small lists, rewritten whole. */
    private void writePlanLists(long planId, Plan plan) {
        for (var table : List.of("plan_levels", "plan_evaluation_grades", "plan_strategic_projects",
                "plan_priorities", "plan_priority_years")) {
            jdbc.sql("DELETE FROM " + table + " WHERE plan_id = ?").param(planId).update();
        }
        var levels = new BulkInsert(jdbc, "plan_levels", "plan_id", "level_no", "name");
        for (int i = 0; i < plan.levelNames().size(); i++) {
            levels.row(planId, i + 1, plan.levelNames().get(i));
        }
        levels.execute();
        var grades = new BulkInsert(jdbc, "plan_evaluation_grades",
                "plan_id", "ord", "mark", "min_percent", "label", "not_run");
        var scale = plan.evaluationScale();
        var all = Stream.concat(scale.grades().stream(), Stream.ofNullable(scale.notRun())).toList();
        for (int i = 0; i < all.size(); i++) {
            var grade = all.get(i);
            grades.row(planId, i, grade.mark(),
                    SqlValues.text(grade.minPercent() == null ? null : grade.minPercent().toString()),
                    SqlValues.text(grade.label()), i == scale.grades().size());
        }
        grades.execute();
        var strategic = new BulkInsert(jdbc, "plan_strategic_projects", "plan_id", "ord", "name");
        for (int i = 0; i < plan.strategicProjects().size(); i++) {
            strategic.row(planId, i, plan.strategicProjects().get(i));
        }
        strategic.execute();
        var years = new BulkInsert(jdbc, "plan_priority_years", "plan_id", "fiscal_year", "introduction");
        var priorities = new BulkInsert(jdbc, "plan_priorities", "plan_id", "fiscal_year", "ord", "text");
        var priorityYears = new java.util.TreeSet<>(plan.priorities().keySet());
        priorityYears.addAll(plan.priorityIntroductions().keySet());
        for (var year : priorityYears) {
            years.row(planId, year.year(), SqlValues.text(plan.priorityIntroductions().get(year)));
            var list = plan.priorities().getOrDefault(year, List.of());
            for (int i = 0; i < list.size(); i++) {
                priorities.row(planId, year.year(), i, list.get(i));
            }
        }
        years.execute();
        priorities.execute();
    }

    private void writeOrganizations(long planId, RowChanges<Organization, String> changes) {
        var insert = new BulkInsert(jdbc, "organizations", "kind", "parent_name", "ord", "plan_id", "name");
        changes.added().forEach(row -> insert.row(organizationValues(planId, row)));
        insert.execute();
        Stream.concat(changes.changed(), changes.moved()).forEach(row -> jdbc.sql("""
                        UPDATE organizations SET kind = ?, parent_name = ?, ord = ?
                        WHERE plan_id = ? AND name = ?""")
                .params(organizationValues(planId, row)).update());
    }

    private static Object[] organizationValues(long planId, RowChanges.Row<Organization> row) {
        var organization = row.wanted();
        return new Object[] {organization.kind().name(), SqlValues.text(organization.parent()), row.ord(),
                planId, organization.name()};
    }

    private void writeNodes(long planId, RowChanges<PolicyNode, ?> changes) {
        var insert = new BulkInsert(jdbc, "policy_nodes",
                "title", "ord", "node_level", "node_number", "plan_id", "path");
        changes.added().forEach(row -> insert.row(nodeValues(planId, row)));
        insert.execute();
        Stream.concat(changes.changed(), changes.moved()).forEach(row -> jdbc.sql("""
                        UPDATE policy_nodes SET title = ?, ord = ?, node_level = ?, node_number = ?
                        WHERE plan_id = ? AND path = ?""")
                .params(nodeValues(planId, row)).update());
    }

    private static Object[] nodeValues(long planId, RowChanges.Row<PolicyNode> row) {
        var node = row.wanted();
        return new Object[] {SqlValues.text(node.title()), row.ord(), node.level(), node.number(), planId,
                node.path().toString()};
    }

    private void insertPlacements(long planId, List<Placement> placements, Map<String, Long> projectIds,
                                  Map<String, Long> nodeIds, Map<String, Long> sourceIds) {
        var insert = new BulkInsert(jdbc, "placements", "plan_id", "ord", "project_id", "node_id",
                "is_primary", "primary_project_id", "printed_number", "print_order",
                "source_id", "first_line", "last_line");
        for (int i = 0; i < placements.size(); i++) {
            var placement = placements.get(i);
            long projectId = projectIds.get(placement.projectKey());
            var provenance = ProvenanceColumns.of(placement.provenance(), sourceIds);
            insert.row(planId, i, projectId, nodeIds.get(placement.node().toString()), placement.primary(),
                    SqlValues.bigint(placement.primary() ? projectId : null), placement.printedNumber(),
                    placement.order(), provenance.sourceId(), provenance.firstLine(), provenance.lastLine());
        }
        insert.execute();
    }

    /** Row ids of one of the plan's tables by their natural key column. */
    static Map<String, Long> ids(JdbcClient jdbc, long planId, String table, String keyColumn) {
        var ids = new HashMap<String, Long>();
        jdbc.sql("SELECT " + keyColumn + ", id FROM " + table + " WHERE plan_id = ?")
                .param(planId)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }
}
