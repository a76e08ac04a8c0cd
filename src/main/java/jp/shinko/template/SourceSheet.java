package jp.shinko.template;

import static jp.shinko.template.Column.Type.DATE;
import static jp.shinko.template.Column.Type.INTEGER;
import static jp.shinko.template.Column.Type.MONTH;
import static jp.shinko.template.Column.Type.TEXT;

import java.util.List;
import java.util.Locale;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Source;

/**
 * 文書情報: the document the content was first read from, so that provenance keeps pointing at
 * its lines. A workbook without this sheet is its own source.
 */
final class SourceSheet {

    /** The layout of a source that is a filled-in template itself. */
    static final String TEMPLATE_LAYOUT = "shinko-template";

    static final Column FILE_NAME = Column.required("ファイル名", "file_name", TEXT);
    static final Column SHA256 = Column.required("SHA-256", "sha256", TEXT);
    static final Column LAYOUT = Column.required("様式", "layout", TEXT);
    static final Column TITLE = Column.optional("表題", "title", TEXT);
    static final Column PUBLISHED = Column.optional("公表年月", "published", MONTH);
    static final Column AS_OF = Column.optional("時点", "as_of", DATE);
    static final Column LINE_COUNT = Column.optional("行数", "line_count", INTEGER);

    static final TemplateSheet SHEET = new TemplateSheet("文書情報", "source", false,
            List.of(FILE_NAME, SHA256, LAYOUT, TITLE, PUBLISHED, AS_OF, LINE_COUNT));

    private SourceSheet() {
    }

    static Table write(PlanContent content) {
        var s = content.source();
        return Table.of(SHEET, List.of(List.of(Cell.text(s.fileName()), Cell.text(s.sha256()), Cell.text(s.layout()),
                Cell.text(s.title()), Cell.text(s.published() == null ? null : s.published().toString()),
                Cell.date(s.asOf()), Cell.number(s.lineCount()))));
    }

    static Source read(SheetRows sheet) {
        var row = sheet.single();
        String sha = row.key(SHA256).toLowerCase(Locale.ROOT);
        if (!sha.matches("[0-9a-f]{64}")) {
            throw row.error(SHA256, Reason.of("template.not-sha256", sha));
        }
        Integer lines = row.integer(LINE_COUNT);
        return row.build(() -> new Source(row.key(FILE_NAME), sha, row.key(LAYOUT), row.textOrEmpty(TITLE),
                row.month(PUBLISHED), row.date(AS_OF), lines == null ? 0 : lines));
    }

    /** The source of a workbook that has no 文書情報: the workbook itself. */
    static Source ofWorkbook(String fileName, String sha256) {
        return new Source(fileName, sha256, TEMPLATE_LAYOUT, "", null, null, 0);
    }
}
