package jp.shinko.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinko.command.Problem;

/**
 * Reads a {@link ThemeForm} into a {@link Theme}, or says field by field what is wrong. Codes are
 * short ASCII words because they are the key of overrides, rules, anchors and the API; names must
 * be unique among all themes, retired ones included, so a comparison row is never ambiguous.
 */
final class ThemeChecks {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 400;
    static final int MAX_REASON = 400;
    static final int MAX_ORDER = 9999;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    /** The comparison's row of projects without a theme. */
    private static final String RESERVED = "none";

    private ThemeChecks() {
    }

    /** Values, or the problems that stop the form from being read. */
    record Reading(Theme theme, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A new theme: its code must be well-formed and unused. */
    static Reading forNew(ThemeForm form, List<Theme> existing) {
        var problems = new ArrayList<Problem>();
        var code = trimmed(form.code());
        if (code.isEmpty()) {
            problems.add(Problem.of("code", "theme.code.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("code", "theme.code.format"));
        } else if (code.equals(RESERVED)) {
            problems.add(Problem.of("code", "theme.code.reserved", RESERVED));
        } else if (existing.stream().anyMatch(t -> t.code().equals(code))) {
            problems.add(Problem.of("code", "theme.code.exists", code));
        }
        return read(code, form, existing, problems);
    }

    /** An existing theme's new name, description and order. */
    static Reading forUpdate(String code, ThemeForm form, List<Theme> existing) {
        return read(code, form, existing, new ArrayList<>());
    }

    static Problem reasonProblem(String reason) {
        return trimmed(reason).length() > MAX_REASON ? Problem.of("reason", "text.too-long", MAX_REASON) : null;
    }

    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    private static Reading read(String code, ThemeForm form, List<Theme> existing, List<Problem> problems) {
        var name = trimmed(form.name());
        if (name.isEmpty()) {
            problems.add(Problem.of("name", "theme.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.of("name", "text.too-long", MAX_NAME));
        } else if (existing.stream().anyMatch(t -> t.name().equals(name) && !t.code().equals(code))) {
            problems.add(Problem.of("name", "theme.name.exists", name));
        }
        var description = trimmed(form.description());
        if (description.isEmpty()) {
            problems.add(Problem.of("description", "theme.description.required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(Problem.of("description", "text.too-long", MAX_DESCRIPTION));
        }
        var order = order(form.order());
        if (order == null) {
            problems.add(Problem.of("order", "theme.order.format", MAX_ORDER));
        }
        var reason = reasonProblem(form.reason());
        if (reason != null) {
            problems.add(reason);
        }
        return new Reading(problems.isEmpty() ? new Theme(code, name, description, order) : null, problems);
    }

    /** 1 to 9999, full-width digits folded; null when it is not such a number. */
    private static Integer order(String text) {
        var folded = Normalizer.normalize(trimmed(text), Normalizer.Form.NFKC).strip();
        if (!folded.matches("\\d{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(folded);
        return value >= 1 && value <= MAX_ORDER ? value : null;
    }
}
