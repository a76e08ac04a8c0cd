package jp.shinko.plan;

/**
 * The unit an amount was published in: 円, 千円, 万円, 百万円, 千万円, 億円. Kept beside the exact yen
 * so that a figure prints back the way its document printed it and a summary can say how it rounds.
 */
public enum AmountUnit {
    YEN(1L, "円"),
    THOUSAND_YEN(1_000L, "千円"),
    TEN_THOUSAND_YEN(10_000L, "万円"),
    MILLION_YEN(1_000_000L, "百万円"),
    TEN_MILLION_YEN(10_000_000L, "千万円"),
    HUNDRED_MILLION_YEN(100_000_000L, "億円");

    private final long yen;
    private final String label;

    AmountUnit(long yen, String label) {
        this.yen = yen;
        this.label = label;
    }

    /** Yen in one of this unit: 1,000 for 千円. */
    public long yen() {
        return yen;
    }

    /** The unit as printed: 千円. */
    public String label() {
        return label;
    }

    /** The unit printed as {@code label}, e.g. 千円 or 百万円; null when none is. */
    public static AmountUnit ofLabel(String label) {
        for (var unit : values()) {
            if (unit.label.equals(label)) {
                return unit;
            }
        }
        return null;
    }
}
