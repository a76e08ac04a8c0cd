package jp.shinko.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import jp.shinko.plan.PlanContent;

/**
 * Plan content as lines of text, every value the mapping sets, so that a test states what a city's
 * table must give exactly and a difference shows as a line.
 */
public final class ContentListing {

    private ContentListing() {
    }

    /** With provenance line spans, which differ between a sheet and its PDF. */
    public static List<String> of(PlanContent content) {
        return of(content, true);
    }

    public static List<String> of(PlanContent content, boolean withProvenance) {
        var lines = new ArrayList<String>();
        var plan = content.plan();
        lines.add("plan " + plan.key() + " " + plan.title() + " " + content.municipality().code() + " "
                + content.municipality().name() + " " + plan.levelNames() + " " + plan.startYear() + "～"
                + plan.endYear() + " " + plan.strategicProjects());
        for (var node : content.nodes()) {
            lines.add("node " + node.path() + " " + node.title());
        }
        for (var org : content.organizations()) {
            lines.add("org " + org.name() + " " + org.kind() + " parent=" + org.parent());
        }
        for (var p : content.projects()) {
            lines.add("project " + p.name() + " key=" + p.key() + " departments=" + p.departments()
                    + " period=" + p.period().start() + "～" + p.period().end() + "「" + p.period().printed() + "」"
                    + " notes=" + p.notes() + " strategic=" + p.strategicMarks() + p.strategicProjects()
                    + " summary=" + p.summary());
        }
        for (var pl : content.placements()) {
            lines.add("placement " + pl.projectKey() + " @" + pl.node() + (pl.primary() ? " primary" : " 再掲")
                    + " no=" + pl.printedNumber() + (withProvenance ? " " + pl.provenance() : ""));
        }
        for (var r : content.yearRecords()) {
            lines.add("record " + r.projectKey() + " " + r.year() + " budget=" + r.budget() + " settled="
                    + r.settled() + " evaluation=" + r.evaluation() + " outlook=" + r.outlook() + " content="
                    + r.content() + " flags=" + r.flags().stream().sorted().toList()
                    + (withProvenance ? " " + r.provenance() : ""));
        }
        return lines;
    }
}
