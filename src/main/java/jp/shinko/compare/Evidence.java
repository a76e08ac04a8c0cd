package jp.shinko.compare;

/** Why a theme was assigned: a term found in a field, and the points it gave. */
public record Evidence(String term, Field field, int points) {

    /**
     * Where the term was found. A name counts double; the nearest policy node title gives one point
     * whatever the term, because titles are broad (取組⑦ covers several themes) and should only tip a close call.
     */
    public enum Field {
        NAME(2), SUMMARY(1), NODE(0);

        final int factor;

        Field(int factor) {
            this.factor = factor;
        }
    }
}
