package jp.shinko.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything one source document says about one plan: its tree, organizations, projects, their
 * placements and year records. The constructor enforces the model's invariants, so an instance
 * is always consistent: every project has exactly one primary placement, references resolve,
 * and evaluations belong to the plan's scale.
 */
public record PlanContent(
        Municipality municipality,
        Plan plan,
        Source source,
        List<PolicyNode> nodes,
        List<Organization> organizations,
        List<Project> projects,
        List<Placement> placements,
        List<YearRecord> yearRecords) {

    public PlanContent {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(source, "source");
        nodes = List.copyOf(nodes);
        organizations = List.copyOf(organizations);
        projects = List.copyOf(projects);
        placements = List.copyOf(placements);
        yearRecords = List.copyOf(yearRecords);
        if (!plan.municipalityCode().equals(municipality.code())) {
            throw new InvalidPlanException("計画の団体コード " + plan.municipalityCode()
                    + " が団体 " + municipality.code() + " と一致しません");
        }
        checkTree(plan, nodes);
        var orgNames = unique(organizations, Organization::name, "組織");
        var projectKeys = unique(projects, Project::key, "事業");
        checkProjects(projects, orgNames);
        checkPlacements(projects, placements, nodes, projectKeys);
        checkYearRecords(plan, yearRecords, projectKeys);
    }

    private static void checkTree(Plan plan, List<PolicyNode> nodes) {
        var paths = unique(nodes, PolicyNode::path, "政策体系ノード");
        for (var node : nodes) {
            if (node.level() > plan.depth()) {
                throw new InvalidPlanException("ノード " + node.path() + " は計画の階層数 "
                        + plan.depth() + " より深い位置にあります");
            }
            node.path().parent().filter(p -> !paths.contains(p)).ifPresent(p -> {
                throw new InvalidPlanException("ノード " + node.path() + " の親 " + p + " がありません");
            });
        }
    }

    private static void checkProjects(List<Project> projects, java.util.Set<String> orgNames) {
        for (var project : projects) {
            if (project.implementer() != null && !orgNames.contains(project.implementer())) {
                throw new InvalidPlanException("事業 " + project.key() + " の実施主体 "
                        + project.implementer() + " が組織一覧にありません");
            }
            for (var department : project.departments()) {
                if (!orgNames.contains(department)) {
                    throw new InvalidPlanException("事業 " + project.key() + " の担当課 "
                            + department + " が組織一覧にありません");
                }
            }
        }
    }

    private static void checkPlacements(List<Project> projects, List<Placement> placements,
                                        List<PolicyNode> nodes, java.util.Set<String> projectKeys) {
        var paths = nodes.stream().map(PolicyNode::path).collect(Collectors.toSet());
        var primaries = new HashMap<String, Integer>();
        for (var placement : placements) {
            if (!projectKeys.contains(placement.projectKey())) {
                throw new InvalidPlanException("掲載先の事業 " + placement.projectKey() + " がありません");
            }
            if (!paths.contains(placement.node())) {
                throw new InvalidPlanException("事業 " + placement.projectKey() + " の掲載先ノード "
                        + placement.node() + " がありません");
            }
            if (placement.primary()) {
                primaries.merge(placement.projectKey(), 1, Integer::sum);
            }
        }
        for (var project : projects) {
            int count = primaries.getOrDefault(project.key(), 0);
            if (count != 1) {
                throw new InvalidPlanException("事業 " + project.key() + "（" + project.name()
                        + "）の主たる掲載は1件でなければなりませんが " + count + " 件です");
            }
        }
    }

    private static void checkYearRecords(Plan plan, List<YearRecord> records,
                                         java.util.Set<String> projectKeys) {
        var seen = new HashSet<String>();
        for (var record : records) {
            if (!projectKeys.contains(record.projectKey())) {
                throw new InvalidPlanException("年度記録の事業 " + record.projectKey() + " がありません");
            }
            if (!seen.add(record.projectKey() + "@" + record.year())) {
                throw new InvalidPlanException("事業 " + record.projectKey() + " の " + record.year()
                        + " の記録が重複しています");
            }
            if (record.evaluation() != null && !plan.evaluationScale().contains(record.evaluation())) {
                throw new InvalidPlanException("事業 " + record.projectKey() + " の評価 "
                        + record.evaluation() + " は評価基準 " + plan.evaluationScale().marks() + " にありません");
            }
        }
    }

    private static <T, K> java.util.Set<K> unique(List<T> items, Function<T, K> key, String what) {
        var keys = new HashSet<K>();
        for (var item : items) {
            if (!keys.add(key.apply(item))) {
                throw new InvalidPlanException(what + " " + key.apply(item) + " が重複しています");
            }
        }
        return keys;
    }

    public Optional<Project> project(String key) {
        return projects.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Optional<YearRecord> yearRecord(String projectKey, FiscalYear year) {
        return yearRecords.stream()
                .filter(r -> r.projectKey().equals(projectKey) && r.year().equals(year))
                .findFirst();
    }

    /** Fiscal years for which the content has records, ascending. */
    public List<FiscalYear> years() {
        return yearRecords.stream().map(YearRecord::year).distinct().sorted().toList();
    }

    public Map<String, Project> projectsByKey() {
        return projects.stream().collect(Collectors.toMap(Project::key, p -> p));
    }
}
