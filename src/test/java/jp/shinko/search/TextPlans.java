package jp.shinko.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearRecord;

/** Small hand-written plans whose projects say exactly what a test needs (name → summary). */
public final class TextPlans {

    public static final String KEY = "text-city";

    private TextPlans() {
    }

    public static PlanContent of(Map<String, String> summariesByName) {
        var sha = "0".repeat(64);
        var plan = new Plan(KEY, "431001", "テスト計画", null, null, List.of("方向性"), null, List.of(), Map.of());
        var projects = new ArrayList<Project>();
        var placements = new ArrayList<Placement>();
        var records = new ArrayList<YearRecord>();
        int order = 0;
        for (var entry : new LinkedHashMap<>(summariesByName).entrySet()) {
            var key = "p" + (++order);
            projects.add(new Project(key, entry.getKey(), List.of(), List.of(), null, entry.getValue(), null,
                    List.of(), List.of(), 0, List.of(), true));
            placements.add(new Placement(key, NodePath.of("1"), true, "", order, null));
            records.add(new YearRecord(key, FiscalYear.of(2024), Amount.ofThousandYen(1000), Amount.notStated(),
                    "", false, null, null, null, Set.of(), null, null));
        }
        return new PlanContent(new Municipality("431001", "テスト市"), plan,
                new Source("text.txt", sha, "test", "テスト", null, LocalDate.of(2024, 3, 31), 1),
                List.of(new PolicyNode(NodePath.of("1"), "テスト")), List.of(), projects, placements, records);
    }

    static ProjectIndex index(Map<String, String> summariesByName) throws java.io.IOException {
        var index = new ProjectIndex(new org.apache.lucene.store.ByteBuffersDirectory());
        index.rebuild(List.of(of(summariesByName)));
        return index;
    }

    static List<String> names(ProjectIndex index, String query) throws java.io.IOException {
        return index.search(SearchRequest.of(query)).hits().stream().map(SearchHit::name).toList();
    }
}
