package jp.shinko.ingest.kumamoto;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Amount;
import jp.shinko.plan.YearFlag;

/**
 * An entry row as printed: {@code [★](k) ⇥ [【新】|【再掲】]name ⇥ 担当課 ⇥ 予算額}. The markers
 * are taken off the name and kept as flags; 【…】 further inside the name is part of it.
 *
 * @param printedNumber the number cell as printed ({@code ★(4)}, {@code (1)}, {@code ★15})
 * @param number        the entry's number within its 取組
 * @param flags         ★ → {@link YearFlag#PRIORITY}, 【新】 → NEW, 【拡充】 → EXPANDED
 * @param reListed      the name was marked 【再掲】
 */
record EntryRow(String printedNumber, int number, Set<YearFlag> flags, boolean reListed, String name,
                String departmentCell, Amount budget, String budgetCell) {

    private static final Pattern NUMBER_CELL = Pattern.compile("^(★)?\\s*(?:\\((\\d{1,3})\\)|(\\d{1,3}))$");
    private static final Pattern MARKER = Pattern.compile("^【([^】]*)】\\s*");
    private static final Pattern AMOUNT = Pattern.compile("^(?:\\d{1,3}(?:,\\d{3})+|\\d+)$");
    private static final Set<String> DASHES = Set.of("-", "‐", "―", "—", "−", "ー");

    EntryRow {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(flags);
    }

    static boolean isNumberCell(String cell) {
        return NUMBER_CELL.matcher(Normalizer.normalize(cell, Normalizer.Form.NFKC)).matches();
    }

    /** Reads the cells of an entry row (already stripped); {@code cells.get(0)} is a number cell. */
    static EntryRow read(String file, int line, List<String> cells) {
        var number = NUMBER_CELL.matcher(Normalizer.normalize(cells.get(0), Normalizer.Form.NFKC));
        number.matches();
        if (cells.size() < 4 || cells.get(1).isEmpty()) {
            throw new ParseException(file, line, Reason.of("kumamoto.row-columns"));
        }
        var flags = EnumSet.noneOf(YearFlag.class);
        if (number.group(1) != null) {
            flags.add(YearFlag.PRIORITY);
        }
        boolean reListed = false;
        String name = cells.get(1);
        for (var marker = MARKER.matcher(name); marker.find(); marker = MARKER.matcher(name)) {
            switch (marker.group(1).strip()) {
                case "新" -> flags.add(YearFlag.NEW);
                case "拡充", "拡" -> flags.add(YearFlag.EXPANDED);
                case "再掲" -> reListed = true;
                default -> throw new ParseException(file, line, Reason.of("kumamoto.unknown-marker", marker.group(1)));
            }
            name = name.substring(marker.end());
        }
        if (name.isBlank()) {
            throw new ParseException(file, line, Reason.of("kumamoto.no-name"));
        }
        int k = Integer.parseInt(number.group(2) != null ? number.group(2) : number.group(3));
        String budgetCell = cells.get(3);
        return new EntryRow(cells.get(0), k, flags, reListed, name.strip(), cells.get(2),
                amount(file, line, budgetCell), budgetCell);
    }

    /** 予算額 in 千円: thousands commas allowed; a dash is no amount (not zero); 非公開 is undisclosed. */
    static Amount amount(String file, int line, String cell) {
        var text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return Amount.notStated();
        }
        if (DASHES.contains(text)) {
            return Amount.none();
        }
        if (text.equals("非公開")) {
            return Amount.undisclosed();
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw new ParseException(file, line, Reason.of("kumamoto.budget", cell));
        }
        try {
            return Amount.ofThousandYen(Long.parseLong(text.replace(",", "")));
        } catch (NumberFormatException e) {
            throw new ParseException(file, line, Reason.of("kumamoto.budget-too-large", cell));
        }
    }
}
