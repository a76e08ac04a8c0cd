package jp.shinko.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.shinko.plan.FiscalYear;
import org.apache.lucene.document.Document;

/** Turns a found document and its match ranges into a {@link SearchHit}: marked name and a snippet. */
final class ProjectHits {

    /** Where a snippet is taken from, best first. */
    private static final List<SearchField> SNIPPET_SOURCES = List.of(SearchField.SUMMARY, SearchField.CONTENT,
            SearchField.EXPANSION_NOTE, SearchField.ORGANIZATIONS, SearchField.FORMER_NAMES);

    private ProjectHits() {
    }

    /** The match ranges of one document, field by field (see {@link MatchHighlighter}). */
    interface Matches {
        Matches NONE = field -> List.of();

        List<MarkedText.Range> in(SearchField field) throws IOException;
    }

    static SearchHit of(Document document, Matches ranges, float score) throws IOException {
        var name = document.get(SearchField.NAME.stored());
        var nameHtml = MarkedText.whole(name, ranges.in(SearchField.NAME));
        var years = Arrays.stream(document.getValues(ProjectDocuments.FIGURES)).map(YearFigures::decode).toList();
        return new SearchHit(document.get(ProjectDocuments.PLAN), document.get(ProjectDocuments.MUNICIPALITY),
                document.get(ProjectDocuments.PLAN_TITLE), document.get(ProjectDocuments.PROJECT), name, nameHtml,
                document.get(ProjectDocuments.NODE_LABEL), snippet(document, ranges), years, score);
    }

    private static Snippet snippet(Document document, Matches ranges) throws IOException {
        for (var field : SNIPPET_SOURCES) {
            var values = document.getValues(field.stored());
            if (values.length == 0) {
                continue;
            }
            var matched = ranges.in(field);
            if (matched.isEmpty()) {
                continue;
            }
            var perValue = perValue(values, matched);
            for (int k = 0; k < values.length; k++) {
                if (!perValue.get(k).isEmpty()) {
                    return new Snippet(field, year(document, field, k), MarkedText.around(values[k], perValue.get(k)));
                }
            }
        }
        var summary = document.get(SearchField.SUMMARY.stored());
        return summary == null ? null : new Snippet(SearchField.SUMMARY, null, MarkedText.head(summary));
    }

    /**
     * Splits ranges over a multi-valued field into ranges within each value: Lucene placed each
     * value after the previous one's end plus one character of offset gap.
     */
    static List<List<MarkedText.Range>> perValue(String[] values, List<MarkedText.Range> ranges) {
        var result = new ArrayList<List<MarkedText.Range>>();
        int base = 0;
        for (var value : values) {
            int end = base + value.length();
            var inValue = new ArrayList<MarkedText.Range>();
            for (var range : ranges) {
                if (range.start() >= base && range.start() < end) {
                    inValue.add(new MarkedText.Range(range.start() - base, Math.min(range.end(), end) - base));
                }
            }
            result.add(inValue);
            base = end + 1;
        }
        return result;
    }

    private static FiscalYear year(Document document, SearchField field, int index) {
        var yearField = switch (field) {
            case CONTENT -> ProjectDocuments.CONTENT_YEAR;
            case EXPANSION_NOTE -> ProjectDocuments.NOTE_YEAR;
            default -> null;
        };
        if (yearField == null) {
            return null;
        }
        var years = document.getFields(yearField);
        return index < years.length ? FiscalYear.of(years[index].numericValue().intValue()) : null;
    }
}
