package jp.shinko.reminders;

import java.time.LocalDate;
import java.util.Objects;

/** A round's deadline: for every organization when {@code organization} is null, else for that one. */
public record Deadline(String organization, LocalDate dueOn) {

    public Deadline {
        Objects.requireNonNull(dueOn, "dueOn");
    }

    public boolean roundWide() {
        return organization == null;
    }
}
