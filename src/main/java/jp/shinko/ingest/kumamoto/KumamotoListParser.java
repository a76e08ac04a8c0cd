package jp.shinko.ingest.kumamoto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ListParser;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.ParsedDocument;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.organization.Locality;
import jp.shinko.ingest.organization.OrganizationDirectory;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.Plan;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Source;

/**
 * Reads Kumamoto City's yearly 事業一覧 of its 中小企業・小規模企業振興基本計画 (layout
 * {@value #LAYOUT}): the cover (plan title, fiscal year, month of publication), the year's 重点事項,
 * and the table of 方向性 › 取組 › entries with ★ (priority), 【新】 and 【再掲】 (a further placement
 * of a project listed earlier: one project, its budget counted once). The year is read from the
 * document, never assumed.
 */
public final class KumamotoListParser implements ListParser {

    public static final String LAYOUT = "kumamoto-jigyo-ichiran";
    public static final String PLAN_KEY = "kumamoto-chusho";
    static final Municipality KUMAMOTO = new Municipality("431001", "熊本市");
    private static final Locality LOCALITY = new Locality("熊本市", "熊本県", List.of("くまもと", "クマモト"));
    private static final List<String> LEVELS = List.of("方向性", "取組");
    /** How far into the document {@link #recognizes} looks for the title and the table header. */
    private static final int RECOGNITION_LINES = 80;

    @Override
    public String layout() {
        return LAYOUT;
    }

    @Override
    public boolean recognizes(DocumentText text) {
        return tableStart(text, RECOGNITION_LINES) > 0 && mentionsCity(text, RECOGNITION_LINES);
    }

    @Override
    public ParsedDocument parse(DocumentText text) {
        String file = text.fileName();
        int tableStart = tableStart(text, text.lineCount());
        if (tableStart == 0 || !mentionsCity(text, tableStart)) {
            throw new ParseException(file, 0, Reason.of("kumamoto.not-this-layout"));
        }
        var warnings = new ArrayList<ImportWarning>();
        var cover = CoverPage.read(text, tableStart, warnings);
        var organizations = new OrganizationDirectory(LOCALITY);
        var table = ListTable.read(text, tableStart, organizations, warnings);
        if (table.entries().isEmpty()) {
            throw new ParseException(file, tableStart, Reason.of("kumamoto.no-rows"));
        }
        if (table.asOf() == null) {
            warnings.add(new ImportWarning(file, 0, Reason.of("kumamoto.no-as-of")));
        }
        var book = new ProjectBook(file, text.sha256(), cover.year(), warnings);
        table.entries().forEach(book::add);
        var plan = new Plan(PLAN_KEY, KUMAMOTO.code(), cover.planTitle(), null, null, LEVELS,
                EvaluationScale.DEFAULT, List.of(), Map.of(cover.year(), cover.priorities()),
                cover.introduction() == null ? Map.of() : Map.of(cover.year(), cover.introduction()));
        var source = new Source(file, text.sha256(), LAYOUT, cover.planTitle() + " " + cover.listTitle(),
                cover.published(), table.asOf(), text.lineCount());
        try {
            var content = new PlanContent(KUMAMOTO, plan, source, table.nodes(), organizations.organizations(),
                    book.projects(), book.placements(), book.yearRecords());
            return new ParsedDocument(content, warnings);
        } catch (IllegalArgumentException e) {
            // The model refuses what was read: say so for the file rather than crash.
            throw new ParseException(file, 0, Reason.of("kumamoto.invalid-plan", Reason.detail(e)));
        }
    }

    /** The first line of the table (its header or first 方向性 heading) within {@code limit} lines, else 0. */
    private static int tableStart(DocumentText text, int limit) {
        for (int i = 1; i <= Math.min(limit, text.lineCount()); i++) {
            var cells = java.util.Arrays.stream(text.line(i).split("\t")).map(String::strip)
                    .filter(c -> !c.isEmpty()).toList();
            if (!cells.isEmpty() && ListLine.isHeader(cells) && cells.stream().anyMatch(c -> c.startsWith("担当課"))) {
                return i;
            }
        }
        return 0;
    }

    private static boolean mentionsCity(DocumentText text, int limit) {
        for (int i = 1; i <= Math.min(limit, text.lineCount()); i++) {
            if (text.line(i).contains(KUMAMOTO.name())) {
                return true;
            }
        }
        return false;
    }
}
