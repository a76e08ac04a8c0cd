package jp.shinko.compare;

import java.util.ArrayList;
import java.util.List;

/** A plan and optionally a fiscal year, as written in ?plans=kagoshima-shokogyo:2020,kumamoto-chusho. */
public record PlanYearRef(String planKey, Integer fiscalYear) {

    /** Reads a comma-separated list; an unreadable year is an error in Japanese. */
    public static List<PlanYearRef> parseList(String text) {
        var refs = new ArrayList<PlanYearRef>();
        for (var part : (text == null ? "" : text).split(",")) {
            var trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.lastIndexOf(':');
            if (colon < 0) {
                refs.add(new PlanYearRef(trimmed, null));
                continue;
            }
            try {
                refs.add(new PlanYearRef(trimmed.substring(0, colon), Integer.parseInt(trimmed.substring(colon + 1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("年度は西暦の整数で指定してください: " + trimmed);
            }
        }
        return refs;
    }
}
