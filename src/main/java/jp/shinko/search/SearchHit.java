package jp.shinko.search;

import java.util.List;

/**
 * One project found.
 *
 * @param nameHtml  the name as safe HTML: escaped, matched words in {@code <mark>}
 * @param nodeLabel where the project is (primarily) listed in its plan's tree
 * @param snippet   the passage that matched, or the start of the summary; null if there is none
 * @param years     the money per fiscal year, ascending
 */
public record SearchHit(String planKey, String municipality, String planTitle, String projectKey,
                        String name, String nameHtml, String nodeLabel, Snippet snippet,
                        List<YearFigures> years, float score) {

    public SearchHit {
        years = List.copyOf(years);
    }
}
