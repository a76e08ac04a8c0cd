package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.organization.Locality;
import jp.shinko.ingest.organization.OrganizationDirectory;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/** Turns the records read into the plan's tree, organizations, projects, placements and year records. */
final class PlanContentBuilder {

    static final Municipality KAGOSHIMA = new Municipality("462012", "鹿児島市");
    static final String PLAN_KEY = "kagoshima-shokogyo";
    static final List<String> LEVELS = List.of("振興の方向性", "基本方針", "推進施策", "主な取組み");
    private static final Locality LOCALITY = new Locality("鹿児島市", "鹿児島県", List.of("かごしま"));

    PlanContent build(DocumentText text, String layout, ListHeader header, List<ListRecord> records) {
        var plan = new Plan(PLAN_KEY, KAGOSHIMA.code(), KAGOSHIMA.name() + header.planName(), null, null,
                LEVELS, EvaluationScale.DEFAULT, header.strategicProjects(), Map.of());
        var source = new Source(text.fileName(), text.sha256(), layout, header.title(), null, null, text.lineCount());
        var directory = new OrganizationDirectory(LOCALITY);
        var paths = new TreeSet<NodePath>();
        var projects = new ArrayList<Project>();
        var placements = new ArrayList<Placement>();
        var yearRecords = new ArrayList<YearRecord>();
        for (var r : records) {
            String key = String.valueOf(r.number());
            var provenance = new Provenance(text.sha256(), r.firstLine(), r.lastLine());
            var implementer = directory.register(r.implementerLines());
            var path = new NodePath(r.codes());
            for (int level = 1; level <= path.level(); level++) {
                paths.add(new NodePath(r.codes().subList(0, level)));
            }
            projects.add(new Project(key, r.name(), r.formerNames(), r.notes(), r.period(), r.summary(),
                    implementer.name(), implementer.isCity() ? List.of(implementer.name()) : List.of(),
                    r.related(), r.strategicMarks(), List.of(), implementer.isCity()));
            placements.add(new Placement(key, path, true, key, r.number(), provenance));
            yearRecords.add(new YearRecord(key, header.resultYear(), Amount.notStated(), r.settled(),
                    r.resultContent(), r.resultSameAsLeft(), Evaluation.of(r.evaluation()), null, null,
                    EnumSet.noneOf(YearFlag.class), RecordStatus.APPROVED, provenance));
            yearRecords.add(new YearRecord(key, header.planYear(), r.budget(), Amount.notStated(),
                    r.planContent(), r.planSameAsLeft(), null, r.outlook(), r.expansionNote(),
                    r.flag() == null ? EnumSet.noneOf(YearFlag.class) : EnumSet.of(r.flag()),
                    RecordStatus.APPROVED, provenance));
        }
        var nodes = paths.stream().map(p -> new PolicyNode(p, null)).toList();
        return new PlanContent(KAGOSHIMA, plan, source, nodes, directory.organizations(), projects,
                placements, yearRecords);
    }
}
