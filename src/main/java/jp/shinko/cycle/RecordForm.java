package jp.shinko.cycle;

/**
 * A year record's form as the user typed it: every value is text until {@link RecordValidation}
 * reads it. {@code version} is the record's version when the form was loaded (optimistic lock);
 * {@code reason} is needed for corrections after publication.
 *
 * @param previousSettled last year's settled amount (決算額)
 * @param evaluation      last year's mark, picked from the plan's scale; may be empty when a rate is given
 * @param achievementRate last year's achievement rate in percent, turned into a mark by the scale
 */
public record RecordForm(
        String budget,
        String previousSettled,
        String content,
        String evaluation,
        String achievementRate,
        String outlook,
        String expansionNote,
        Boolean flagNew,
        Boolean flagExpanded,
        Boolean flagPriority,
        Integer version,
        String reason) {

    /** Suggestions for the outlook field, as the lists print them. */
    public static final java.util.List<String> OUTLOOKS =
            java.util.List.of("継続予定", "拡充予定", "一部継続予定", "縮小予定", EndProject.ENDED, "未定");

    /** An unchecked checkbox sends nothing: absent flags are false. */
    public RecordForm {
        flagNew = Boolean.TRUE.equals(flagNew);
        flagExpanded = Boolean.TRUE.equals(flagExpanded);
        flagPriority = Boolean.TRUE.equals(flagPriority);
    }

    /** The form filled with a record's stored values, as the edit page first shows it. */
    public static RecordForm of(RoundRecord record) {
        return new RecordForm(AmountFormat.forInput(record.budget()), AmountFormat.forInput(record.previousSettled()),
                record.content(), record.previousEvaluation() == null ? "" : record.previousEvaluation().mark(),
                record.achievementRate() == null ? "" : record.achievementRate().toPlainString(),
                nullToEmpty(record.outlook()), nullToEmpty(record.expansionNote()),
                record.flags().contains(jp.shinko.plan.YearFlag.NEW),
                record.flags().contains(jp.shinko.plan.YearFlag.EXPANDED),
                record.flags().contains(jp.shinko.plan.YearFlag.PRIORITY),
                record.version(), "");
    }

    /** The same values with another version, to re-edit on top of what is stored now. */
    public RecordForm withVersion(int newVersion) {
        return new RecordForm(budget, previousSettled, content, evaluation, achievementRate, outlook, expansionNote,
                flagNew, flagExpanded, flagPriority, newVersion, reason);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
