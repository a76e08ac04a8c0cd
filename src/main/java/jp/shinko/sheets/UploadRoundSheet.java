package jp.shinko.sheets;

import static jp.shinko.sheets.RoundSheetLayout.COLUMNS;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.command.Message;
import jp.shinko.command.Outcome;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.CyclePermissions;
import jp.shinko.cycle.RecordForm;
import jp.shinko.cycle.RecordValidation;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.cycle.UpdateYearRecord;
import jp.shinko.plan.FiscalYear;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * An organization's filled-in workbook comes back: every row is read and checked as the web form
 * would check it, each problem named by its cell; a row whose record was changed in the app since
 * the download (another version) is a conflict. Only when no row has a problem or a conflict are
 * the changed rows saved, each through {@link UpdateYearRecord} (audited per record), in one
 * transaction: all or nothing.
 */
@Service
public class UploadRoundSheet {

    /** Workbooks larger than this are refused before POI reads them. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private final RoundQueries queries;
    private final UpdateYearRecord update;

    UploadRoundSheet(RoundQueries queries, UpdateYearRecord update) {
        this.queries = queries;
        this.update = update;
    }

    /** Null when there is no such open round, or the actor may not edit the workbook's organization. */
    @Transactional
    public SheetUpload run(Actor actor, String planKey, FiscalYear year, InputStream xlsx) {
        var round = queries.round(planKey, year).filter(r -> r.isOpen()).orElse(null);
        if (round == null) {
            return null;
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(xlsx);
        } catch (IOException | RuntimeException e) {
            return rejected("", "sheet.not-xlsx");
        }
        try (workbook) {
            var meta = workbook.getSheet(RoundSheetLayout.META);
            var sheet = workbook.getSheet(RoundSheetLayout.RECORDS);
            if (meta == null || sheet == null) {
                return rejected("", "sheet.not-ours");
            }
            var formatter = new DataFormatter();
            var plan = text(formatter, meta.getRow(0), 0);
            var sheetYear = text(formatter, meta.getRow(1), 0);
            var organization = text(formatter, meta.getRow(2), 0);
            if (!plan.equals(planKey) || !sheetYear.equals(String.valueOf(year.year()))) {
                return rejected("", "sheet.other-round", plan, sheetYear);
            }
            if (!CyclePermissions.allows(actor, CycleAction.UPDATE_RECORD, planKey, organization)) {
                return null;
            }
            return read(actor, planKey, year, organization, sheet, formatter, round);
        } catch (IOException e) {
            return rejected("", "sheet.not-xlsx");
        }
    }

    private SheetUpload read(Actor actor, String planKey, FiscalYear year, String organization, Sheet sheet,
                             DataFormatter formatter, jp.shinko.cycle.Round round) {
        var records = new HashMap<String, RoundRecord>();
        queries.recordsFor(round, actor).stream().filter(r -> r.organization().equals(organization))
                .forEach(r -> records.put(r.projectKey(), r));
        var scale = queries.plan().scale(planKey);
        var problems = new ArrayList<SheetUpload.CellProblem>();
        var conflicts = new ArrayList<SheetUpload.Conflict>();
        var changes = new ArrayList<RecordForm>();
        var keys = new ArrayList<String>();
        int rows = 0;
        int unchanged = 0;
        for (int r = RoundSheetLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            var key = text(formatter, row, RoundSheetLayout.NUMBER);
            if (key.isEmpty()) {
                continue;
            }
            rows++;
            var record = records.get(key);
            if (record == null) {
                problems.add(new SheetUpload.CellProblem(RoundSheetLayout.cell(r, RoundSheetLayout.NUMBER),
                        Message.of("sheet.unknown-record", key, organization)));
                continue;
            }
            var version = versionOf(text(formatter, row, RoundSheetLayout.VERSION));
            var form = form(formatter, row, record, version == null ? -1 : version);
            var current = RecordForm.of(record);
            var reading = RecordValidation.read(form, scale, record.hasPreviousYear());
            for (var problem : reading.problems()) {
                problems.add(new SheetUpload.CellProblem(
                        RoundSheetLayout.cell(r, RoundSheetLayout.columnOf(problem.field())), problem.message()));
            }
            if (!reading.ok()) {
                continue;
            }
            if (RecordValidation.sameValues(form, current, scale, record.hasPreviousYear())) {
                unchanged++;
                continue;
            }
            if (version == null || version != record.version()) {
                conflicts.add(conflict(record, version == null ? -1 : version, form, current));
                continue;
            }
            if (!record.editable()) {
                problems.add(new SheetUpload.CellProblem(RoundSheetLayout.cell(r, RoundSheetLayout.NUMBER),
                        Message.of("sheet.not-editable", key, record.status().name())));
                continue;
            }
            changes.add(form);
            keys.add(key);
        }
        if (!problems.isEmpty() || !conflicts.isEmpty()) {
            return new SheetUpload(organization, rows, 0, unchanged, problems, conflicts);
        }
        for (int i = 0; i < changes.size(); i++) {
            var outcome = update.run(actor, planKey, year, keys.get(i), changes.get(i));
            if (!(outcome instanceof Outcome.Done)) {
                // Checked above; a save that fails now (a race) undoes the others: all or nothing.
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return new SheetUpload(organization, rows, 0, unchanged,
                        List.of(new SheetUpload.CellProblem("", Message.of("sheet.save-failed", keys.get(i)))),
                        List.of());
            }
        }
        return new SheetUpload(organization, rows, changes.size(), unchanged, List.of(), List.of());
    }

    /** The row as a form: this year's cells, the record's own flags, and the version the sheet was written at. */
    private static RecordForm form(DataFormatter formatter, Row row, RoundRecord record, int version) {
        var flags = RecordForm.of(record);
        return new RecordForm(text(formatter, row, RoundSheetLayout.BUDGET),
                text(formatter, row, RoundSheetLayout.SETTLED), text(formatter, row, RoundSheetLayout.CONTENT),
                text(formatter, row, RoundSheetLayout.EVALUATION), text(formatter, row, RoundSheetLayout.RATE),
                text(formatter, row, RoundSheetLayout.OUTLOOK), text(formatter, row, RoundSheetLayout.EXPANSION),
                flags.flagNew(), flags.flagExpanded(), flags.flagPriority(), version, "");
    }

    private static SheetUpload.Conflict conflict(RoundRecord record, int sheetVersion, RecordForm sheet,
                                                 RecordForm current) {
        var fields = new ArrayList<SheetUpload.Field>();
        fields.add(new SheetUpload.Field("budget", sheet.budget(), current.budget()));
        fields.add(new SheetUpload.Field("content", sheet.content(), current.content()));
        fields.add(new SheetUpload.Field("outlook", sheet.outlook(), current.outlook()));
        fields.add(new SheetUpload.Field("expansionNote", sheet.expansionNote(), current.expansionNote()));
        if (record.hasPreviousYear()) {
            fields.add(new SheetUpload.Field("previousSettled", sheet.previousSettled(), current.previousSettled()));
            fields.add(new SheetUpload.Field("evaluation", sheet.evaluation(), current.evaluation()));
            fields.add(new SheetUpload.Field("achievementRate", sheet.achievementRate(), current.achievementRate()));
        }
        return new SheetUpload.Conflict(record.projectKey(), record.projectName(), sheetVersion, record.version(),
                fields);
    }

    private static Integer versionOf(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A cell as the editor sees it (numbers as typed, without a trailing .0); empty for a missing cell. */
    static String text(DataFormatter formatter, Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static SheetUpload rejected(String cell, String code, Object... args) {
        return new SheetUpload("", 0, 0, 0, List.of(new SheetUpload.CellProblem(cell, Message.of(code, args))),
                List.of());
    }

    /** Column headers, for pages that explain the layout. */
    public static List<String> headers() {
        return COLUMNS.stream().map(RoundSheetLayout.Column::header).toList();
    }
}
