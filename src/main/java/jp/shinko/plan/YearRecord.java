package jp.shinko.plan;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One project in one fiscal year: budget (予算額), settled amount (決算額), content (実施内容),
 * evaluation, outlook for later years and expansion note, that year's flags, status and
 * provenance.
 *
 * @param contentSameAsLeft the content cell was printed 同左 and has been resolved to the cell it
 *                          refers to
 * @param evaluation        null where the list has no evaluation for the year
 * @param outlook           R3年度以降 style outlook (継続予定, 拡充, 事業終了, 未定...), null if not printed
 * @param expansionNote     拡充要素（予定）, null if not printed
 * @param moneyFigures      the typed money figures beyond 予算額 / 決算額 (当初, 補正, 繰越, 予算現額,
 *                          不用額, 財源内訳, 事業費 …), at most one per kind except 補正; see {@link #money()}
 */
public record YearRecord(
        String projectKey,
        FiscalYear year,
        Amount budget,
        Amount settled,
        String content,
        boolean contentSameAsLeft,
        Evaluation evaluation,
        String outlook,
        String expansionNote,
        Set<YearFlag> flags,
        RecordStatus status,
        Provenance provenance,
        List<MoneyFigure> moneyFigures) {

    public YearRecord {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(year, "year");
        budget = budget == null ? Amount.notStated() : budget;
        settled = settled == null ? Amount.notStated() : settled;
        content = content == null ? "" : content;
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        status = status == null ? RecordStatus.APPROVED : status;
        moneyFigures = moneyFigures == null ? List.of() : List.copyOf(moneyFigures);
        var kinds = new HashSet<MoneyKind>();
        for (var figure : moneyFigures) {
            if (!kinds.add(figure.kind()) && !figure.kind().repeatable()) {
                throw new InvalidPlanException("事業 " + projectKey + " の " + year.year() + "年度に "
                        + figure.kind().label() + " が二つあります");
            }
        }
    }

    /** A year record of a list that prints only 予算額 / 決算額 (the two samples). */
    public YearRecord(String projectKey, FiscalYear year, Amount budget, Amount settled, String content,
                      boolean contentSameAsLeft, Evaluation evaluation, String outlook, String expansionNote,
                      Set<YearFlag> flags, RecordStatus status, Provenance provenance) {
        this(projectKey, year, budget, settled, content, contentSameAsLeft, evaluation, outlook, expansionNote,
                flags, status, provenance, List.of());
    }

    /** The year's money: {@link #moneyFigures()} with 予算額 as 当初予算 and 決算額 as 支出済額, and what derives from them. */
    public YearMoney money() {
        return YearMoney.of(moneyFigures, budget, settled);
    }

    /** The same record with other money figures. */
    public YearRecord withMoneyFigures(List<MoneyFigure> figures) {
        return new YearRecord(projectKey, year, budget, settled, content, contentSameAsLeft, evaluation, outlook,
                expansionNote, flags, status, provenance, figures);
    }

    public boolean has(YearFlag flag) {
        return flags.contains(flag);
    }
}
