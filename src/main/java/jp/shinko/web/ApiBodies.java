package jp.shinko.web;

import java.util.List;
import java.util.Map;
import jp.shinko.plan.Amount;
import jp.shinko.plan.BudgetSummary;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearRecord;
import jp.shinko.store.NodeSummary;
import jp.shinko.store.OrganizationSummary;
import jp.shinko.store.PlanOverview;
import jp.shinko.store.PlacementDetail;
import jp.shinko.store.ProjectDetail;
import jp.shinko.store.ProjectRow;

/**
 * The JSON bodies of the API (/api/v1) and the list's JSON download, as documented in
 * static/api/v1/openapi.json. Amounts are thousand yen; an amount that is not a number keeps its
 * kind and has a null value, never 0.
 */
public final class ApiBodies {

    private ApiBodies() {
    }

    /** An amount: kind VALUE with a number, or NONE / UNDISCLOSED / NOT_STATED with null. */
    public record Money(String kind, Long thousandYen) {
        static Money of(Amount amount) {
            return new Money(amount.kind().name(), amount.isPresent() ? amount.thousandYen() : null);
        }
    }

    /** A line span of a source document. */
    public record Span(String sha256, int firstLine, int lastLine) {
        static Span of(Provenance provenance) {
            return provenance == null ? null
                    : new Span(provenance.sourceSha256(), provenance.firstLine(), provenance.lastLine());
        }
    }

    public record Year(int fiscalYear, Money budget, Money settled, String content, boolean contentSameAsLeft,
                       String evaluation, String outlook, String expansionNote, List<String> flags,
                       String status, Span source) {
        static Year of(YearRecord r) {
            return new Year(r.year().year(), Money.of(r.budget()), Money.of(r.settled()), r.content(),
                    r.contentSameAsLeft(), r.evaluation() == null ? null : r.evaluation().mark(), r.outlook(),
                    r.expansionNote(), r.flags().stream().map(Enum::name).sorted().toList(), r.status().name(),
                    Span.of(r.provenance()));
        }
    }

    /** Totals of one fiscal year; a sum is null when no project states that amount. */
    public record YearTotals(int fiscalYear, int projects, Long budgetThousandYen, Long settledThousandYen,
                             int budgetStated, int settledStated, int budgetUndisclosed, int settledUndisclosed) {
        static YearTotals of(FiscalYear year, BudgetSummary s) {
            return new YearTotals(year.year(), s.projects(),
                    s.budgetStated() > 0 ? s.budgetThousandYen() : null,
                    s.settledStated() > 0 ? s.settledThousandYen() : null,
                    s.budgetStated(), s.settledStated(), s.budgetUndisclosed(), s.settledUndisclosed());
        }

        static List<YearTotals> of(Map<FiscalYear, BudgetSummary> years) {
            return years.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
        }
    }

    public record ProjectSummary(String key, String name, String number, String node, int placements,
                                 String implementer, List<String> departments, boolean cityOwn,
                                 int strategicMarks, List<Year> years) {
        static ProjectSummary of(ProjectRow row) {
            return new ProjectSummary(row.key(), row.name(), row.printedNumber(), row.node().toString(),
                    row.placements(), row.implementer(), row.departments(), row.cityOwn(), row.strategicMarks(),
                    row.years().stream().map(Year::of).toList());
        }
    }

    public record ProjectList(String plan, int total, int page, int pageSize, int pages,
                              List<ProjectSummary> projects) {
        static ProjectList of(String plan, List<ProjectRow> rows, int total, int page, int pageSize) {
            return new ProjectList(plan, total, page, pageSize, Math.max(1, (total + pageSize - 1) / pageSize),
                    rows.stream().map(ProjectSummary::of).toList());
        }
    }

    public record Node(String path, int level, String number, String title) {
        static Node of(PolicyNode node) {
            return new Node(node.path().toString(), node.level(), node.number(), node.title());
        }
    }

    public record NodeTotals(String path, int level, String number, String title, int projects,
                             List<YearTotals> years) {
        static NodeTotals of(NodeSummary summary) {
            var node = summary.node();
            return new NodeTotals(node.path().toString(), node.level(), node.number(), node.title(),
                    summary.projects(), YearTotals.of(summary.years()));
        }
    }

    public record Placement(String node, List<Node> trail, boolean primary, String printedNumber, int order,
                            Span source) {
        static Placement of(PlacementDetail detail) {
            var p = detail.placement();
            return new Placement(p.node().toString(), detail.trail().stream().map(Node::of).toList(), p.primary(),
                    p.printedNumber(), p.order(), Span.of(p.provenance()));
        }
    }

    public record Document(String fileName, String sha256, String layout, String title, String published,
                           String asOf, int lineCount) {
        static Document of(Source s) {
            return new Document(s.fileName(), s.sha256(), s.layout(), s.title(),
                    s.published() == null ? null : s.published().toString(),
                    s.asOf() == null ? null : s.asOf().toString(), s.lineCount());
        }
    }

    public record Period(Integer start, Integer end, String printed) {
    }

    public record Project(String plan, String key, String name, List<String> formerNames, List<String> notes,
                          Period period, String summary, String implementer, List<String> departments,
                          List<String> related, int strategicMarks, List<String> strategicProjects, boolean cityOwn,
                          List<Placement> placements, List<Year> years, List<Document> sources) {
        static Project of(String plan, ProjectDetail d) {
            var p = d.project();
            var period = new Period(p.period().start() == null ? null : p.period().start().year(),
                    p.period().end() == null ? null : p.period().end().year(), p.period().printed());
            return new Project(plan, p.key(), p.name(), p.formerNames(), p.notes(), period, p.summary(),
                    p.implementer(), p.departments(), p.related(), p.strategicMarks(), p.strategicProjects(),
                    p.cityOwn(), d.placements().stream().map(Placement::of).toList(),
                    d.years().stream().map(Year::of).toList(), d.sources().stream().map(Document::of).toList());
        }
    }

    public record Municipality(String code, String name) {
    }

    public record Plan(String key, String title, Municipality municipality, List<String> levels,
                       Integer startYear, Integer endYear, int projects, List<YearTotals> years,
                       Map<String, List<String>> priorities, List<String> evaluationMarks, Document source) {
        static Plan of(PlanOverview o) {
            var plan = o.plan();
            var priorities = new java.util.LinkedHashMap<String, List<String>>();
            plan.priorities().forEach((year, items) -> priorities.put(Integer.toString(year.year()), items));
            return new Plan(plan.key(), plan.title(), new Municipality(o.municipality().code(), o.municipality().name()),
                    plan.levelNames(), plan.startYear() == null ? null : plan.startYear().year(),
                    plan.endYear() == null ? null : plan.endYear().year(), o.projects(),
                    o.years().stream().map(y -> YearTotals.of(y.year(), y.totals())).toList(), priorities,
                    o.hasEvaluations() ? plan.evaluationScale().marks() : List.of(), Document.of(o.source()));
        }
    }

    /** A plan in the list of plans. */
    public record PlanEntry(String key, String title, Municipality municipality, List<YearTotals> years) {
        static PlanEntry of(jp.shinko.store.PlanSummaryRow row) {
            return new PlanEntry(row.planKey(), row.planTitle(),
                    new Municipality(row.municipality().code(), row.municipality().name()), YearTotals.of(row.years()));
        }
    }

    public record Organization(String name, String kind, String parent, boolean city, int implementing,
                               int inCharge, int projects) {
        static Organization of(OrganizationSummary s) {
            var o = s.organization();
            return new Organization(o.name(), o.kind().name(), o.parent(), o.isCity(), s.implementing(),
                    s.inCharge(), s.projects());
        }
    }
}
