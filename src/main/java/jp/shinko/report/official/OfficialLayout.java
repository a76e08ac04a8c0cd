package jp.shinko.report.official;

import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;

/** One city's layout of its official list: builds the list of a plan for a fiscal year. */
public interface OfficialLayout {

    ListDocument build(PlanContent content, FiscalYear year);

    /** The layout for a plan: the one its source document was printed in, else the generic list. */
    static OfficialLayout of(PlanContent content) {
        return switch (content.source().layout()) {
            case KagoshimaShiryo3.LAYOUT -> new KagoshimaShiryo3();
            case KumamotoJigyoIchiran.LAYOUT -> new KumamotoJigyoIchiran();
            default -> new GenericList();
        };
    }
}
