package jp.shinko.search;

import jp.shinko.plan.FiscalYear;

/**
 * A passage of a project's text shown under its name: which text it comes from (and for year
 * texts, which year), and the passage as safe HTML: all text escaped, matches in {@code <mark>}.
 *
 * @param year the fiscal year of a content or expansion note passage, else null
 */
public record Snippet(SearchField field, FiscalYear year, String html) {
}
