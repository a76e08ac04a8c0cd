package jp.shinko.plan;

/**
 * A project's name as the list of a fiscal year printed it. A rename keeps the earlier years'
 * names (store records them when the round publishes a rename); a year without a name of its own
 * reads under the project's current name.
 */
@FunctionalInterface
public interface YearNames {

    /** The name under which the project was listed in {@code year}. */
    String name(Project project, FiscalYear year);

    /** Every year under the current name: a plan whose projects were never renamed. */
    static YearNames current() {
        return (project, year) -> project.name();
    }
}
