package jp.shinko.search;

/**
 * The texts of a project that search looks in, with how much a match in each counts. Each is
 * stored as printed and indexed twice from NFKC copies: as kuromoji words and as bigrams.
 */
public enum SearchField {
    NAME("name", 4.0f),
    FORMER_NAMES("former", 2.5f),
    SUMMARY("summary", 1.5f),
    CONTENT("content", 1.0f),
    EXPANSION_NOTE("note", 1.0f),
    ORGANIZATIONS("org", 1.2f);

    private final String stored;
    private final float boost;

    SearchField(String stored, float boost) {
        this.stored = stored;
        this.boost = boost;
    }

    /** The stored original text (multi-valued fields store one value per item). */
    String stored() {
        return stored;
    }

    /** The kuromoji word field. */
    String words() {
        return stored + ".ja";
    }

    /** The bigram field. */
    String grams() {
        return stored + ".bi";
    }

    float boost() {
        return boost;
    }
}
