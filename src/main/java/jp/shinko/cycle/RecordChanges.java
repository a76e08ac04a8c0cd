package jp.shinko.cycle;

import jp.shinko.audit.AuditTrail;

/** A year record's changed fields as audit entries, one per field, with the field names of {@code cycle.field.*}. */
final class RecordChanges {

    private RecordChanges() {
    }

    /** Records every field that differs between two value sets of a record. */
    static void record(AuditTrail audit, AuditTrail.Scope scope, RecordValues before, RecordValues after) {
        audit.change(scope, "budget", AmountFormat.of(before.budget()), AmountFormat.of(after.budget()));
        audit.change(scope, "content", before.content(), after.content());
        audit.change(scope, "outlook", before.outlook(), after.outlook());
        audit.change(scope, "expansionNote", before.expansionNote(), after.expansionNote());
        audit.change(scope, "flags", flags(before), flags(after));
        audit.change(scope, "previousSettled", AmountFormat.of(before.previousSettled()),
                AmountFormat.of(after.previousSettled()));
        audit.change(scope, "evaluation", mark(before), mark(after));
        audit.change(scope, "achievementRate", rate(before), rate(after));
    }

    private static String flags(RecordValues values) {
        return values.flags().stream().sorted().map(Enum::name).reduce((a, b) -> a + " " + b).orElse("");
    }

    private static String mark(RecordValues values) {
        return values.previousEvaluation() == null ? "" : values.previousEvaluation().mark();
    }

    private static String rate(RecordValues values) {
        return values.achievementRate() == null ? "" : values.achievementRate().toPlainString();
    }
}
