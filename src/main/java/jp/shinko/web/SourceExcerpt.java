package jp.shinko.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.Source;

/**
 * Lines of a source document that facts were read from, with what was read there (a placement,
 * a fiscal year's record). Facts read from the same span share one excerpt, so a Kagoshima row
 * read once for both fiscal years shows its lines once.
 *
 * @param readHere what was read from these lines, as labels for the page
 * @param source   the document, null if it is not stored
 */
public record SourceExcerpt(List<String> readHere, Provenance span, Source source, List<String> lines) {

    public SourceExcerpt {
        readHere = List.copyOf(readHere);
        lines = List.copyOf(lines);
    }

    /** One excerpt per distinct span, in the order the spans are first named. */
    static List<SourceExcerpt> of(List<Labelled> facts, Function<String, Source> sources, LineReader lines) {
        var bySpan = new LinkedHashMap<Provenance, List<String>>();
        for (var fact : facts) {
            if (fact.span() != null) {
                bySpan.computeIfAbsent(fact.span(), k -> new ArrayList<>()).add(fact.label());
            }
        }
        return bySpan.entrySet().stream().map(e -> {
            var span = e.getKey();
            return new SourceExcerpt(e.getValue(), span, sources.apply(span.sourceSha256()),
                    lines.read(span.sourceSha256(), span.firstLine(), span.lastLine()));
        }).toList();
    }

    /** A fact and where it was read. */
    record Labelled(String label, Provenance span) {
    }

    /** Reads lines of a stored source. */
    interface LineReader {
        List<String> read(String sha256, int first, int last);
    }

    /** The first 12 hex digits of the document's SHA-256, enough to tell documents apart on a page. */
    public String shortSha256() {
        return span.sourceSha256().substring(0, 12);
    }
}
