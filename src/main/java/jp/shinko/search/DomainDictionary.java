package jp.shinko.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.ja.dict.UserDictionary;

/** The kuromoji user dictionary of promotion-plan words (インバウンド, ものづくり, 事業承継, DX ...). */
final class DomainDictionary {

    private static final String RESOURCE = "user-dictionary.csv";
    private static final UserDictionary DICTIONARY = load();

    private DomainDictionary() {
    }

    static UserDictionary get() {
        return DICTIONARY;
    }

    private static UserDictionary load() {
        try (var in = DomainDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
