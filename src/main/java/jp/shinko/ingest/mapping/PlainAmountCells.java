package jp.shinko.ingest.mapping;

import java.math.BigDecimal;
import java.text.Normalizer;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Amount;

/**
 * The amounts a city's own table holds, read exactly: a number cell, or text of digits with commas
 * (full-width too), optionally followed by the column's own unit; a dash alone is none, 非公開
 * undisclosed, a blank cell not stated. Anything else is refused with its reason: an estimate
 * (約300), a unit other than the column's (34,114円 in a 千円 column), a fraction of a yen, words.
 */
final class PlainAmountCells implements AmountCells {

    private static final String DASHES = "―－-ー‐—–";

    @Override
    public CellAmount read(Grid.Cell cell, AmountUnitName unit) {
        if (cell.number() != null) {
            return yen(cell.number(), unit, cell.text());
        }
        String printed = cell.text().strip();
        if (printed.isEmpty()) {
            return CellAmount.absent(Amount.Kind.NOT_STATED);
        }
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s", "");
        if (text.length() == 1 && DASHES.indexOf(printed.charAt(0)) >= 0) {
            return CellAmount.absent(Amount.Kind.NONE);
        }
        if (text.equals("非公開")) {
            return CellAmount.absent(Amount.Kind.UNDISCLOSED);
        }
        if (text.startsWith("約") || text.endsWith("程度") || text.endsWith("見込")) {
            return CellAmount.refused(Reason.of("mapping.amount-estimate", printed));
        }
        int end = text.length();
        while (end > 0 && !Character.isDigit(text.charAt(end - 1))) {
            end--;
        }
        String written = text.substring(end);
        if (!written.isEmpty()) {
            var writtenUnit = AmountUnitName.byLabel(written);
            if (writtenUnit.isEmpty()) {
                return CellAmount.refused(Reason.of("mapping.amount-not-number", printed, unit.label()));
            }
            if (writtenUnit.get() != unit) {
                return CellAmount.refused(Reason.of("mapping.amount-other-unit", printed, unit.label()));
            }
        }
        String digits = text.substring(0, end);
        if (!digits.matches("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?")) {
            return CellAmount.refused(Reason.of("mapping.amount-not-number", printed, unit.label()));
        }
        return yen(new BigDecimal(digits.replace(",", "")), unit, printed);
    }

    private static CellAmount yen(BigDecimal number, AmountUnitName unit, String printed) {
        if (number.signum() < 0) {
            return CellAmount.refused(Reason.of("mapping.amount-not-number", printed, unit.label()));
        }
        var yen = number.multiply(BigDecimal.valueOf(unit.yen()));
        if (yen.stripTrailingZeros().scale() > 0) {
            return CellAmount.refused(Reason.of("mapping.amount-fraction", printed, unit.label()));
        }
        try {
            return CellAmount.of(yen.longValueExact(), unit);
        } catch (ArithmeticException e) {
            return CellAmount.refused(Reason.of("mapping.amount-not-number", printed, unit.label()));
        }
    }
}
