package jp.shinko.template;

import java.util.List;
import java.util.Optional;

/**
 * A sheet of the template (in CSV, a file {@code name.csv}): its Japanese name, the English id
 * the reader accepts as well, whether a file must have it, and its columns in written order.
 */
record TemplateSheet(String name, String id, boolean required, List<Column> columns) {

    TemplateSheet {
        columns = List.copyOf(columns);
    }

    Optional<Column> column(String header) {
        return columns.stream().filter(c -> c.isNamed(header)).findFirst();
    }

    /** Whether a sheet or CSV file (without {@code .csv}) of this name is this sheet. */
    boolean isNamed(String sheetName) {
        String name = sheetName.strip();
        return name.equals(this.name) || name.equalsIgnoreCase(id);
    }

    List<String> labels() {
        return columns.stream().map(Column::label).toList();
    }
}
