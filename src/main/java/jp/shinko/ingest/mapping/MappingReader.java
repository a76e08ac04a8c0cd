package jp.shinko.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.ParsedDocument;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;
import jp.shinko.ingest.pdf.PdfText;
import jp.shinko.plan.Source;

/**
 * Reads a city's own table (XLSX, CSV, or the ruled table of a PDF) through a mapping profile into
 * plan content. Nothing is returned unless every cell reads: all problems are gathered and thrown
 * together, each at its cell, in one {@link ParseException}. Touches no database.
 */
public final class MappingReader {

    /** Problems listed in one message; the count says how many there were in all. */
    private static final int MAX_LISTED = 30;
    /** The source layout of a document read through a profile. */
    public static final String LAYOUT = "mapping";

    private final MappingProfile profile;
    private final AmountCells amounts = new PlainAmountCells();

    public MappingReader(MappingProfile profile) {
        this.profile = profile;
    }

    public MappingProfile profile() {
        return profile;
    }

    /** What a file gave: its lines (one per table row, cells joined by tabs) and its content. */
    public record Read(DocumentText text, ParsedDocument parsed, MappedTable mapped) {
    }

    public Read read(String fileName, byte[] bytes) {
        var grid = grid(fileName, bytes);
        var header = header(grid);
        int offset = grid.pdf() ? HeaderCheck.bestOffset(header, profile.columns()) : 0;
        var problems = new ArrayList<>(HeaderCheck.check(grid, header, profile.columns(), offset));
        if (!problems.isEmpty()) {
            throw failure(fileName, problems);
        }
        var mapped = new TableMapper(profile, grid, offset, amounts).map(data(grid, header));
        problems.addAll(mapped.problems());
        var lines = grid.rows().stream().map(Grid.Row::text).toList();
        var text = new DocumentText(fileName, DocumentText.sha256(bytes), lines);
        var source = new Source(fileName, text.sha256(), LAYOUT,
                profile.title() == null ? "" : profile.title(), null, null, lines.size());
        var builder = new ContentBuilder(profile);
        jp.shinko.plan.PlanContent content = null;
        if (problems.isEmpty()) {
            try {
                content = builder.build(source, mapped);
            } catch (IllegalArgumentException e) {
                problems.add(new CellProblem(grid.name(), Reason.verbatim(e.getMessage())));
            }
            problems.addAll(builder.problems());
        }
        if (!problems.isEmpty()) {
            throw failure(fileName, problems);
        }
        return new Read(text, new ParsedDocument(content, List.of()), mapped);
    }

    /**
     * The first {@code rows} data rows as the profile reads them, with every problem at its cell;
     * never throws for a problem of the table (a file that is no table at all still fails).
     */
    public Preview preview(String fileName, byte[] bytes, int rows) {
        var grid = grid(fileName, bytes);
        var header = header(grid);
        int offset = grid.pdf() ? HeaderCheck.bestOffset(header, profile.columns()) : 0;
        var problems = new ArrayList<>(HeaderCheck.check(grid, header, profile.columns(), offset));
        var data = data(grid, header);
        data = data.subList(0, Math.min(rows, data.size()));
        problems.addAll(new TableMapper(profile, grid, offset, amounts).map(data).problems());
        var headers = profile.columns().stream().map(c -> new Preview.Header(c.index() + offset, c.letter(),
                c.field().id(), c.header(), HeaderCheck.header(header, c.index() + offset))).toList();
        var previewRows = data.stream().map(r -> new Preview.Row(r.line(),
                headers.stream().map(h -> r.cell(h.column()).text()).toList())).toList();
        return new Preview(headers, previewRows, problems);
    }

    private Grid grid(String fileName, byte[] bytes) {
        if (PdfText.isPdf(bytes)) {
            return PdfGrid.read(fileName, bytes, profile.headerRows().size());
        }
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            return XlsxGrid.read(fileName, bytes, profile.sheet(), profile.headerRows().get(profile.headerRows().size() - 1));
        }
        return CsvGrid.read(fileName, bytes);
    }

    /** The header rows: the profile's rows of a sheet, the first rows of a PDF's table. */
    private List<Grid.Row> header(Grid grid) {
        if (grid.pdf()) {
            return grid.rows().subList(0, Math.min(profile.headerRows().size(), grid.rows().size()));
        }
        return grid.rows().stream().filter(r -> profile.headerRows().contains(r.line())).toList();
    }

    private List<Grid.Row> data(Grid grid, List<Grid.Row> header) {
        if (grid.pdf()) {
            return grid.rows().subList(header.size(), grid.rows().size());
        }
        return grid.rows().stream().filter(r -> r.line() >= profile.firstDataRow()).toList();
    }

    private static ParseException failure(String fileName, List<CellProblem> problems) {
        var listed = problems.subList(0, Math.min(MAX_LISTED, problems.size()));
        Worded list = locale -> String.join("\n", listed.stream().map(p -> p.text(locale)).toList());
        return new MappingException(fileName, problems, Reason.of("mapping.problems", problems.size(), list));
    }

    /** A table that does not read through its profile: every problem at its cell. */
    public static final class MappingException extends ParseException {

        private final transient List<CellProblem> problems;

        MappingException(String file, List<CellProblem> problems, Reason why) {
            super(file, 0, why);
            this.problems = List.copyOf(problems);
        }

        public List<CellProblem> problems() {
            return problems;
        }

        /** The problems, each {@code place: reason}, in the language of {@code locale}. */
        public List<String> lines(Locale locale) {
            return problems.stream().map(p -> p.text(locale)).toList();
        }
    }
}
