package jp.shinko.plan;

/** A Japanese fiscal year (April to March), named by the Gregorian year it starts in. */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    public FiscalYear {
        if (year < 1868 || year > 2999) {
            throw new IllegalArgumentException("fiscal year out of range: " + year);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return "FY" + year;
    }
}
