package jp.shinko.ingest.kumamoto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.organization.OrganizationDirectory;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.PolicyNode;

/**
 * The table of the list, from its first header to the end: 方向性 and 取組 headings, entry rows
 * each followed by its 事業概要 line(s), repeated headers, and the closing "as of" note.
 */
final class ListTable {

    private final DocumentText text;
    private final OrganizationDirectory organizations;
    private final List<ImportWarning> warnings;
    private final Map<NodePath, PolicyNode> nodes = new LinkedHashMap<>();
    private final List<ListedEntry> entries = new ArrayList<>();
    private LocalDate asOf;
    private NodePath direction;
    private NodePath initiative;
    private int lastNumber;
    /** The entry row whose summary is being read, with the summary lines so far. */
    private ListLine.Entry open;
    private final List<ListLine.Text> summary = new ArrayList<>();
    private boolean summaryClosed;

    private ListTable(DocumentText text, OrganizationDirectory organizations, List<ImportWarning> warnings) {
        this.text = text;
        this.organizations = organizations;
        this.warnings = warnings;
    }

    /** Reads lines {@code from} to the end. */
    static ListTable read(DocumentText text, int from, OrganizationDirectory organizations,
                          List<ImportWarning> warnings) {
        var table = new ListTable(text, organizations, warnings);
        for (int i = from; i <= text.lineCount(); i++) {
            var row = SplitRow.at(text, i);
            table.accept(ListLine.read(text.fileName(), i, row.text()));
            i = row.lastLine();
        }
        table.close(text.lineCount());
        return table;
    }

    List<PolicyNode> nodes() {
        return List.copyOf(nodes.values());
    }

    List<ListedEntry> entries() {
        return List.copyOf(entries);
    }

    /** The date the closing note says the contents are current as of, or null. */
    LocalDate asOf() {
        return asOf;
    }

    private void accept(ListLine line) {
        if (line instanceof ListLine.Blank || line instanceof ListLine.Furniture) {
            summaryClosed = !summary.isEmpty();
        } else if (line instanceof ListLine.Text t) {
            text(t);
        } else if (line instanceof ListLine.Direction d) {
            close(d.line());
            direction = node(NodePath.of(d.number()), d.title(), d.line());
            initiative = null;
        } else if (line instanceof ListLine.Initiative i) {
            close(i.line());
            if (direction == null) {
                throw new ParseException(text.fileName(), i.line(), Reason.of("kumamoto.initiative-first", i.number()));
            }
            initiative = node(direction.child(i.number()), i.title(), i.line());
            lastNumber = 0;
        } else if (line instanceof ListLine.Entry e) {
            entry(e);
        } else if (line instanceof ListLine.AsOfNote note) {
            close(note.line());
            asOf = note.asOf();
        }
    }

    private void entry(ListLine.Entry e) {
        close(e.line());
        if (initiative == null) {
            throw new ParseException(text.fileName(), e.line(),
                    Reason.of("kumamoto.entry-first", e.row().printedNumber(), e.row().name()));
        }
        if (e.row().number() != lastNumber + 1) {
            warnings.add(new ImportWarning(text.fileName(), e.line(),
                    Reason.of("kumamoto.number-gap", e.row().printedNumber(), lastNumber)));
        }
        lastNumber = e.row().number();
        open = e;
    }

    private void text(ListLine.Text line) {
        if (open != null && !summaryClosed) {
            summary.add(line);
        } else {
            warnings.add(new ImportWarning(text.fileName(), line.line(), Reason.of("kumamoto.stray-line", line.text())));
        }
    }

    /** Ends the open entry at a new heading, entry, note or the end of the file: it must have had a summary. */
    private void close(int at) {
        if (open == null) {
            return;
        }
        var row = open.row();
        if (summary.isEmpty()) {
            throw new ParseException(text.fileName(), open.line(), Reason.of("kumamoto.no-summary", row.name(),
                    at >= text.lineCount() ? Reason.of("kumamoto.no-summary.cut-off")
                            : Reason.of("kumamoto.no-summary.before", at)));
        }
        var summaryText = SummaryText.of(summaryLines());
        if (!summaryText.droppedMarkup().isEmpty()) {
            warnings.add(new ImportWarning(text.fileName(), summary.get(0).line(),
                    Reason.of("kumamoto.markup-dropped", summaryText.droppedMarkup())));
        }
        var departments = organizations.departments(row.departmentCell());
        if (row.budget().kind() == jp.shinko.plan.Amount.Kind.NOT_STATED) {
            warnings.add(new ImportWarning(text.fileName(), open.line(), Reason.of("kumamoto.budget-blank", row.name())));
        }
        entries.add(new ListedEntry(row, initiative, departments, summaryText.text(), open.line(),
                summary.get(summary.size() - 1).line(), entries.size() + 1));
        open = null;
        summary.clear();
        summaryClosed = false;
    }

    /** The summary's lines, a line that wrapped (in a PDF's table cell) joined with the next. */
    private List<String> summaryLines() {
        var lines = new ArrayList<String>();
        boolean wrapped = false;
        for (var line : summary) {
            if (wrapped) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.text());
            } else {
                lines.add(line.text());
            }
            wrapped = text.end(line.line()) == jp.shinko.ingest.LineEnd.WRAP;
        }
        return lines;
    }

    /** A heading printed again with the same number continues its node; a new title for it is doubtful. */
    private NodePath node(NodePath path, String title, int line) {
        var known = nodes.get(path);
        if (known == null) {
            nodes.put(path, new PolicyNode(path, title));
        } else if (!title.equals(known.title())) {
            warnings.add(new ImportWarning(text.fileName(), line,
                    Reason.of("kumamoto.heading-differs", path, title, known.title())));
        }
        return path;
    }
}
