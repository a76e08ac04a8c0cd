package jp.shinko.sheets;

import java.util.List;
import jp.shinko.command.Message;

/**
 * What an upload of the round's workbook came to. Saved only when {@link #problems} and
 * {@link #conflicts} are both empty: then {@code saved} records were saved and {@code unchanged}
 * were left as they were.
 */
public record SheetUpload(String organization, int rows, int saved, int unchanged, List<CellProblem> problems,
                          List<Conflict> conflicts) {

    public SheetUpload {
        problems = List.copyOf(problems);
        conflicts = List.copyOf(conflicts);
    }

    public boolean accepted() {
        return problems.isEmpty() && conflicts.isEmpty();
    }

    /** A problem at a cell: sheet!cell (記録!F5, or the workbook as a whole when empty) and what is wrong. */
    public record CellProblem(String cell, Message message) {
    }

    /**
     * A record changed in the app since the workbook was downloaded: the sheet's values beside the
     * stored ones, field by field. Nothing of it was saved.
     */
    public record Conflict(String projectKey, String projectName, int sheetVersion, int currentVersion,
                           List<Field> fields) {

        public Conflict {
            fields = List.copyOf(fields);
        }
    }

    /** One field of a conflict: the sheet's value and the stored one. */
    public record Field(String field, String sheet, String current) {
        public boolean differs() {
            return !sheet.strip().equals(current.strip());
        }
    }
}
