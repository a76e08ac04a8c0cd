package jp.shinko.ingest.kagoshima;

import java.util.List;
import jp.shinko.plan.FiscalYear;

/**
 * What the document says about itself: its title, the plan it lists, the fiscal year of the
 * results (決算額, 実施内容, 事業評価), of the plan (予算額, 実施内容) and from which the outlook
 * column runs (R3年度以降), and the strategic projects named in the column headers.
 *
 * @param titleLine line of the title
 */
record ListHeader(String title, String planName, FiscalYear resultYear, FiscalYear planYear,
                  FiscalYear outlookFrom, List<String> strategicProjects, int titleLine) {

    ListHeader {
        strategicProjects = List.copyOf(strategicProjects);
    }
}
