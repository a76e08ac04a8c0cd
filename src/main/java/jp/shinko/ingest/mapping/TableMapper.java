package jp.shinko.ingest.mapping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.era.EraParseException;
import jp.shinko.era.JapaneseYearParser;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.ProjectPeriod;

/**
 * Reads a table's data rows through a profile: node headings and project entries, and every
 * problem at its cell. Rows are read one by one; the hierarchy's state (the current node) carries
 * from row to row.
 */
final class TableMapper {

    /** The number of a level a problem left unknown; never reaches plan content (problems stop the read). */
    private static final String UNKNOWN = "?";

    private final MappingProfile profile;
    private final Grid grid;
    private final int offset;
    private final AmountCells amounts;
    private final List<Heading> headings = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final List<CellProblem> problems = new ArrayList<>();
    /** The node the rows are under: for section rows and indentation the last heading's path. */
    private NodePath current;
    /** For code columns: each level's code as last given (blank codes carry down). */
    private String[] codes;
    private final Map<NodePath, Integer> counts = new LinkedHashMap<>();

    TableMapper(MappingProfile profile, Grid grid, int offset, AmountCells amounts) {
        this.profile = profile;
        this.grid = grid;
        this.offset = offset;
        this.amounts = amounts;
        this.codes = new String[profile.plan().depth()];
        if (profile.hierarchy().kind() == HierarchySpec.Kind.FIXED) {
            var fixed = profile.hierarchy().fixed();
            var titles = profile.hierarchy().titles();
            for (int i = 1; i <= fixed.size(); i++) {
                var path = new NodePath(fixed.subList(0, i));
                headings.add(new Heading(path, i <= titles.size() ? titles.get(i - 1) : null, "hierarchy.node"));
            }
            current = new NodePath(fixed);
        }
    }

    MappedTable map(List<Grid.Row> rows) {
        for (var row : rows) {
            if (!row.isBlank()) {
                read(row);
            }
        }
        return new MappedTable(headings, entries, problems);
    }

    private Grid.Cell cell(Grid.Row row, ColumnSpec column) {
        return row.cell(column.index() + offset);
    }

    private String text(Grid.Row row, ColumnSpec column) {
        return cell(row, column).text().strip();
    }

    private String place(Grid.Row row, ColumnSpec column) {
        return grid.place(row, column.index() + offset);
    }

    private void problem(Grid.Row row, ColumnSpec column, Reason why) {
        problems.add(CellProblem.at(grid, row, column.index() + offset, why));
    }

    private void read(Grid.Row row) {
        var nonBlank = new ArrayList<Integer>();
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cells().get(c).isBlank()) {
                nonBlank.add(c);
            }
        }
        var kind = profile.hierarchy().kind();
        if ((kind == HierarchySpec.Kind.SECTIONS || kind == HierarchySpec.Kind.INDENTATION) && nonBlank.size() == 1) {
            heading(row, nonBlank.get(0));
            return;
        }
        if (kind == HierarchySpec.Kind.CODES && !codes(row)) {
            return;
        }
        var nameColumn = profile.column(Field.NAME).orElseThrow();
        String name = oneLine(text(row, nameColumn));
        if (name.isEmpty()) {
            problem(row, nameColumn, Reason.of("mapping.name-blank"));
            return;
        }
        if (current == null) {
            problem(row, nameColumn, Reason.of("mapping.no-node", name));
            return;
        }
        entries.add(entry(row, nameColumn, name));
    }

    /** A section row or an indented heading: its level from the pattern it matches, or its indent. */
    private void heading(Grid.Row row, int column) {
        String text = oneLine(row.cell(column).text().strip());
        String place = grid.place(row, column);
        var patterns = profile.hierarchy().headings();
        int level = 0;
        String number = null;
        String title = text;
        for (int i = 0; i < patterns.size() && level == 0; i++) {
            var m = patterns.get(i).matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
            if (m.matches()) {
                level = i + 1;
                number = m.groupCount() >= 1 ? m.group(1) : null;
                title = m.groupCount() >= 2 ? m.group(2).strip() : text;
            }
        }
        if (profile.hierarchy().kind() == HierarchySpec.Kind.INDENTATION) {
            level = row.cell(column).indent() + 1;
        } else if (level == 0) {
            problems.add(CellProblem.at(grid, row, column, Reason.of("mapping.heading-unknown", text,
                    patterns.stream().map(java.util.regex.Pattern::pattern).toList())));
            return;
        }
        int depth = profile.plan().depth();
        if (level > depth) {
            problems.add(CellProblem.at(grid, row, column, Reason.of("mapping.heading-too-deep", text, depth)));
            return;
        }
        int currentLevel = current == null ? 0 : current.level();
        if (level > currentLevel + 1) {
            problems.add(CellProblem.at(grid, row, column, Reason.of("mapping.level-skipped", text,
                    profile.plan().levelNames().get(level - 1), profile.plan().levelNames().get(currentLevel))));
            // Read on under a stand-in for the missing levels, so the rows below add no problems of their own.
            current = unknownBelow(current, level - 1);
        }
        NodePath parent = level == 1 ? null : new NodePath(current.numbers().subList(0, level - 1));
        if (number == null || number.isBlank()) {
            int n = counts.merge(parent == null ? NodePath.of("#") : parent, 1, Integer::sum);
            number = String.valueOf(n);
        }
        var path = parent == null ? NodePath.of(number) : parent.child(number);
        if (headings.stream().anyMatch(h -> h.path().equals(path))) {
            problems.add(CellProblem.at(grid, row, column, Reason.of("mapping.heading-twice", text, path.toString())));
            return;
        }
        headings.add(new Heading(path, title, place));
        current = path;
    }

    /**
     * Reads the code columns of a row into the current node; false when the row is only a node
     * (codes and titles, no name) or its codes are wrong.
     */
    private boolean codes(Grid.Row row) {
        var codeColumns = profile.columns(Field.CODE);
        var given = new String[codes.length];
        var wholePath = codeColumns.stream().filter(c -> c.split() != null).findFirst();
        ColumnSpec at = null;
        if (wholePath.isPresent()) {
            String text = Normalizer.normalize(text(row, wholePath.get()), Normalizer.Form.NFKC);
            if (!text.isEmpty()) {
                var parts = text.split(java.util.regex.Pattern.quote(wholePath.get().split()), -1);
                if (parts.length > codes.length || Arrays.stream(parts).anyMatch(String::isBlank)) {
                    problem(row, wholePath.get(), Reason.of("mapping.code-bad", text, codes.length));
                    return false;
                }
                System.arraycopy(parts, 0, given, 0, parts.length);
                at = wholePath.get();
                codes = new String[codes.length];
            }
        } else {
            for (var column : codeColumns) {
                String text = Normalizer.normalize(text(row, column), Normalizer.Form.NFKC);
                if (!text.isEmpty()) {
                    given[column.level() - 1] = text;
                }
            }
        }
        // A code given at a level replaces the deeper ones carried from above.
        int first = -1;
        for (int i = 0; i < given.length; i++) {
            if (given[i] != null && first < 0) {
                first = i;
            }
        }
        if (first >= 0) {
            for (int i = first; i < codes.length; i++) {
                codes[i] = given[i];
            }
        }
        int deepest = -1;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                deepest = i;
            }
        }
        for (int i = 0; i < deepest; i++) {
            if (codes[i] == null) {
                // At the blank level's own column, or at the one column that holds the whole path.
                int level = i + 1;
                var levelColumn = at != null ? at : codeColumns.stream().filter(c -> c.level() == level)
                        .findFirst().orElse(codeColumns.get(0));
                problem(row, levelColumn, Reason.of("mapping.code-skipped", profile.plan().levelNames().get(i),
                        profile.plan().levelNames().get(deepest)));
                // The rows below carry the stand-in rather than repeat the problem.
                for (int j = 0; j < deepest; j++) {
                    codes[j] = codes[j] == null ? UNKNOWN : codes[j];
                }
                break;
            }
        }
        if (deepest < 0) {
            return true; // no code yet: the name check says what is missing
        }
        var path = new NodePath(Arrays.asList(codes).subList(0, deepest + 1));
        for (int level = 1; level <= path.level(); level++) {
            var prefix = new NodePath(path.numbers().subList(0, level));
            String title = null;
            for (var column : profile.columns(Field.NODE_TITLE)) {
                if (column.level() == level && given[level - 1] != null) {
                    String t = oneLine(text(row, column));
                    title = t.isEmpty() ? null : t;
                }
            }
            int index = indexOf(prefix);
            if (index < 0) {
                headings.add(new Heading(prefix, title, grid.place(row, 0)));
            } else if (title != null && headings.get(index).title() == null) {
                headings.set(index, new Heading(prefix, title, headings.get(index).place()));
            }
        }
        current = path;
        var nameColumn = profile.column(Field.NAME).orElseThrow();
        return !text(row, nameColumn).isEmpty() || !onlyCodes(row);
    }

    /** {@code path} (or nothing) extended to {@code level} levels with stand-ins for the missing ones. */
    private static NodePath unknownBelow(NodePath path, int level) {
        var numbers = new ArrayList<String>(path == null ? List.of() : path.numbers());
        while (numbers.size() < level) {
            numbers.add(UNKNOWN);
        }
        return new NodePath(numbers.subList(0, level));
    }

    private boolean onlyCodes(Grid.Row row) {
        for (var column : profile.columns()) {
            if (column.field() != Field.CODE && column.field() != Field.NODE_TITLE && !cell(row, column).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(NodePath path) {
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private Entry entry(Grid.Row row, ColumnSpec nameColumn, String name) {
        var budget = new LinkedHashMap<FiscalYear, CellAmount>();
        var settled = new LinkedHashMap<FiscalYear, CellAmount>();
        var evaluation = new LinkedHashMap<FiscalYear, String>();
        var markers = EnumSet.noneOf(Marker.class);
        var strategic = new ArrayList<String>();
        var notes = new ArrayList<String>();
        var departments = new ArrayList<String>();
        int strategicMarks = 0;
        String number = null;
        String summary = null;
        String content = null;
        String bureau = null;
        String outlook = null;
        ProjectPeriod period = null;
        for (var column : profile.columns()) {
            String text = text(row, column);
            FiscalYear year = column.year() == null ? profile.year() : column.year();
            switch (column.field()) {
                case NUMBER -> number = blankToNull(text);
                case SUMMARY -> summary = blankToNull(text);
                case CONTENT -> content = blankToNull(text);
                case OUTLOOK -> outlook = blankToNull(oneLine(text));
                case NOTES -> {
                    if (!text.isEmpty()) {
                        notes.add(text);
                    }
                }
                case BUREAU -> bureau = blankToNull(oneLine(text));
                case DEPARTMENT -> {
                    for (String part : text.split("[\\n、]")) {
                        if (!part.isBlank()) {
                            departments.add(part.strip());
                        }
                    }
                }
                case BUDGET, SETTLED -> {
                    var amount = amounts.read(cell(row, column), column.unit());
                    if (amount.isRefused()) {
                        problem(row, column, amount.refusal());
                    } else {
                        (column.field() == Field.BUDGET ? budget : settled).put(year, amount);
                    }
                }
                case EVALUATION -> evaluation(row, column, text, year, evaluation);
                case PERIOD -> period = period(row, column, text);
                case FLAGS -> flags(row, column, text, markers);
                case STRATEGIC -> {
                    if (!text.isEmpty()) {
                        strategicMarks++;
                        if (column.project() != null) {
                            strategic.add(column.project());
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (markers.contains(Marker.STRATEGIC) && strategicMarks == 0) {
            strategicMarks = 1;
        }
        return new Entry(row.line(), place(row, nameColumn), nameColumn.index() + offset, current, name, number,
                summary, content, bureau, departments, budget, settled, evaluation, outlook, period, markers,
                strategicMarks, strategic, notes);
    }

    private void evaluation(Grid.Row row, ColumnSpec column, String text, FiscalYear year,
                            Map<FiscalYear, String> evaluation) {
        if (text.isEmpty()) {
            return;
        }
        String mark = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var scale = profile.plan().evaluationScale();
        String mapped = column.marks().containsKey(text) ? column.marks().get(text)
                : column.marks().containsKey(mark) ? column.marks().get(mark)
                : scale.marks().contains(text) ? text : null;
        if (mapped == null) {
            var known = column.marks().isEmpty() ? scale.marks() : List.copyOf(column.marks().keySet());
            problem(row, column, Reason.of("mapping.evaluation-unknown", text, known));
            return;
        }
        evaluation.put(year, mapped);
    }

    private ProjectPeriod period(Grid.Row row, ColumnSpec column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String span = text.replace("から", "～").replace("まで", "");
        try {
            return JapaneseYearParser.parseSpan(span, profile.bareEra()).toPeriod(text);
        } catch (EraParseException e) {
            problem(row, column, Reason.of("mapping.period-bad", text, (Worded) e::message));
            return null;
        }
    }

    private void flags(Grid.Row row, ColumnSpec column, String text, EnumSet<Marker> markers) {
        String rest = text;
        // Longest markers first, so that 再掲 is not read as 再 and 掲.
        var keys = new ArrayList<>(column.marks().keySet());
        keys.sort((a, b) -> b.length() - a.length());
        for (String key : keys) {
            if (rest.contains(key)) {
                markers.add(Marker.byId(column.marks().get(key)).orElseThrow());
                rest = rest.replace(key, "");
            }
        }
        rest = rest.replaceAll("[\\s・、,/【】\\[\\]()（）]", "");
        if (!rest.isEmpty()) {
            problem(row, column, Reason.of("mapping.flag-unknown", text, keys));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
