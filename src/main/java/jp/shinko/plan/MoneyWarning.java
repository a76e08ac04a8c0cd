package jp.shinko.plan;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A printed figure that disagrees with the one computed from the year's other figures: the printed
 * one is kept, and this names both. {@code subject} is what disagrees (不用額, 財源内訳), {@code formula}
 * how the computed one was made.
 */
public record MoneyWarning(String subject, long printedYen, long derivedYen, String formula) {

    /** In Japanese, with both amounts in yen: 不用額の記載額 1,000円が計算値 900円（…）と一致しません. */
    public String message() {
        var format = NumberFormat.getIntegerInstance(Locale.JAPAN);
        return subject + "の記載額 " + format.format(printedYen) + "円が計算値 " + format.format(derivedYen)
                + "円（" + formula + "）と一致しません";
    }
}
