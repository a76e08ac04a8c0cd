package jp.shinko.store;

/**
 * {@link jp.shinko.plan.ProjectYears}'s rule in SQL, for the queries that count in the database:
 * a published project is in year N when it has a published record for N and its period covers N.
 * Every read query that counts or totals the projects of a year uses {@link #of}.
 */
final class InYear {

    private InYear() {
    }

    /**
     * The condition on a year record aliased {@code y} of a project aliased {@code pr}: the record
     * is published and its year lies within the project's period.
     */
    static String of(String pr, String y) {
        return y + ".published AND " + pr + ".published"
                + " AND (" + pr + ".period_start IS NULL OR " + pr + ".period_start <= " + y + ".fiscal_year)"
                + " AND (" + pr + ".period_end IS NULL OR " + pr + ".period_end >= " + y + ".fiscal_year)";
    }
}
