package jp.shinko.plan;

import java.util.EnumSet;
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
        Provenance provenance) {

    public YearRecord {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(year, "year");
        budget = budget == null ? Amount.notStated() : budget;
        settled = settled == null ? Amount.notStated() : settled;
        content = content == null ? "" : content;
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        status = status == null ? RecordStatus.APPROVED : status;
    }

    public boolean has(YearFlag flag) {
        return flags.contains(flag);
    }
}
