package jp.shinko.ingest;

import java.util.List;
import jp.shinko.plan.PlanContent;

/** What a parser read from one document: the plan content and the warnings it raised. */
public record ParsedDocument(PlanContent content, List<ImportWarning> warnings) {

    public ParsedDocument {
        warnings = List.copyOf(warnings);
    }
}
