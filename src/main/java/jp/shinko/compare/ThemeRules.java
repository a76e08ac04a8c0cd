package jp.shinko.compare;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * The rule book of automatic theme assignment: terms per theme with weights, read from
 * theme-terms.csv. A theme is assigned when its points reach {@link #THRESHOLD}.
 */
final class ThemeRules {

    /** One strong term (3 points) in a summary, or a weak one (2 points) in a name, is enough. */
    public static final int THRESHOLD = 3;

    private final List<ThemeTerm> terms;

    public ThemeRules(List<ThemeTerm> terms) {
        this.terms = terms.stream()
                .map(t -> new ThemeTerm(t.theme(), normalized(t.term()), t.weight())).toList();
    }

    public static ThemeRules builtIn() {
        var in = Objects.requireNonNull(ThemeRules.class.getResourceAsStream("theme-terms.csv"));
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var list = new ArrayList<ThemeTerm>();
            for (var row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                list.add(new ThemeTerm(row.get("theme"), row.get("term"), Integer.parseInt(row.get("weight"))));
            }
            return new ThemeRules(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ThemeTerm> terms() {
        return terms;
    }

    /** Full-width letters and digits folded, so ＤＸ and DX are one term. */
    static String normalized(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toUpperCase(java.util.Locale.ROOT);
    }
}
