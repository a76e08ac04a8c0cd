package jp.shinko.ingest;

import java.util.List;
import java.util.Optional;
import jp.shinko.ingest.kagoshima.KagoshimaListParser;
import jp.shinko.ingest.kumamoto.KumamotoListParser;

/** The layouts shinko can read, and the choice of one for a document: forced by id or detected. */
public final class Layouts {

    private final List<ListParser> parsers;

    public Layouts(List<ListParser> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    /** Every layout shipped with shinko. */
    public static Layouts builtIn() {
        return new Layouts(List.of(new KagoshimaListParser(), new KumamotoListParser()));
    }

    public List<String> ids() {
        return parsers.stream().map(ListParser::layout).toList();
    }

    public Optional<ListParser> byId(String layout) {
        return parsers.stream().filter(p -> p.layout().equals(layout)).findFirst();
    }

    /** The parser for a document: the forced layout if given, else the one that recognizes it. */
    public ListParser choose(DocumentText text, String forcedLayout) {
        if (forcedLayout != null) {
            return byId(forcedLayout).orElseThrow(() -> new ParseException(text.fileName(), 0,
                    Reason.of("layout.unknown", forcedLayout, String.join(", ", ids()))));
        }
        var matching = parsers.stream().filter(p -> p.recognizes(text)).toList();
        if (matching.isEmpty()) {
            throw new ParseException(text.fileName(), 0, Reason.of("layout.none", String.join(", ", ids())));
        }
        return matching.get(0);
    }
}
