package jp.shinko.ingest.kagoshima;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinko.era.Era;
import jp.shinko.era.EraParseException;
import jp.shinko.era.JapaneseYearParser;
import jp.shinko.plan.FiscalYear;

/**
 * Earlier names stated in the notes under a name: ※H25までは「…」, （H30までは…事業）, and
 * ※25～27年度は「…」 or ※H31は「…」 when the years named lie before the plan year. A note about
 * the plan year or later (※R２は「…」) names no former name.
 */
final class FormerNames {

    private static final Pattern UNTIL = Pattern.compile("まで(?:は)?[、，]?(?:「([^」]+)」|([^「」（）()]+?))(?:[）)]|で|を|$)");
    private static final Pattern YEARS_NAMED = Pattern.compile("※?\\s*([^「」]+?)は「([^」]+)」");

    private FormerNames() {
    }

    static List<String> in(List<String> notes, FiscalYear planYear) {
        var names = new ArrayList<String>();
        for (String note : notes) {
            String flat = note.replace("\n", "");
            Matcher until = UNTIL.matcher(flat);
            if (until.find()) {
                names.add(until.group(1) != null ? until.group(1) : until.group(2).strip());
                continue;
            }
            Matcher named = YEARS_NAMED.matcher(flat);
            if (named.find() && before(named.group(1), planYear)) {
                names.add(named.group(2));
            }
        }
        return names;
    }

    private static boolean before(String years, FiscalYear planYear) {
        try {
            var span = JapaneseYearParser.parseSpan(years.replace("※", "").strip(), Era.HEISEI);
            FiscalYear last = span.end() != null ? span.end() : span.start();
            return last.compareTo(planYear) < 0;
        } catch (EraParseException e) {
            return false;
        }
    }
}
