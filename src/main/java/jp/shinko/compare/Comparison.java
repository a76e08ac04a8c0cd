package jp.shinko.compare;

import java.util.List;

/** Two or more plans side by side by theme. */
public record Comparison(List<Theme> themes, List<PlanColumn> columns) {

    /** The code of the row for projects that no theme fits. */
    public static final String NONE = "none";

    public Comparison {
        themes = List.copyOf(themes);
        columns = List.copyOf(columns);
    }
}
