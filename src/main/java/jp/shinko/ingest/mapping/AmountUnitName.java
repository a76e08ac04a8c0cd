package jp.shinko.ingest.mapping;

import java.util.Arrays;
import java.util.Optional;

/**
 * The unit an amount column is published in. Kept here until the money model's unit lands; the
 * profile writes the unit as printed (円, 千円, 万円, 百万円).
 */
public enum AmountUnitName {
    YEN("円", 1L),
    THOUSAND_YEN("千円", 1_000L),
    TEN_THOUSAND_YEN("万円", 10_000L),
    MILLION_YEN("百万円", 1_000_000L);

    private final String label;
    private final long yen;

    AmountUnitName(String label, long yen) {
        this.label = label;
        this.yen = yen;
    }

    public String label() {
        return label;
    }

    /** Yen in one of this unit. */
    public long yen() {
        return yen;
    }

    public static Optional<AmountUnitName> byLabel(String label) {
        return Arrays.stream(values()).filter(u -> u.label.equals(label)).findFirst();
    }
}
