package jp.shinko.ingest;

import java.util.function.UnaryOperator;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearRecord;

/**
 * Plan content read from two forms of one document (text and PDF) made comparable: one's Source
 * given to the other and its provenance mapped, so that everything else can be compared as it is.
 */
public final class SameSource {

    private SameSource() {
    }

    /** The content with {@code source} and each placement's and year record's provenance mapped. */
    public static PlanContent as(PlanContent content, Source source, UnaryOperator<Provenance> provenance) {
        var placements = content.placements().stream().map(p -> new Placement(p.projectKey(), p.node(), p.primary(),
                p.printedNumber(), p.order(), p.provenance() == null ? null : provenance.apply(p.provenance()))).toList();
        var records = content.yearRecords().stream().map(r -> new YearRecord(r.projectKey(), r.year(), r.budget(),
                r.settled(), r.content(), r.contentSameAsLeft(), r.evaluation(), r.outlook(), r.expansionNote(),
                r.flags(), r.status(), r.provenance() == null ? null : provenance.apply(r.provenance()))).toList();
        return new PlanContent(content.municipality(), content.plan(), source, content.nodes(),
                content.organizations(), content.projects(), placements, records);
    }
}
