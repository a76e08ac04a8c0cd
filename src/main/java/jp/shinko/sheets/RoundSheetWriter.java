package jp.shinko.sheets;

import static jp.shinko.sheets.RoundSheetLayout.COLUMNS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shinko.audit.Actor;
import jp.shinko.cycle.AmountFormat;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.CyclePermissions;
import jp.shinko.cycle.RecordForm;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.plan.FiscalYear;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an organization's records of a round as an XLSX workbook to fill offline: last year's
 * values (grey, locked), this year's (white, unlocked), a list of the plan's marks for the
 * evaluation and of the usual outlooks, each record's version in a hidden column, and the plan,
 * year and organization on a hidden sheet. The sheet is protected without a password: protection
 * guards against slips, not against the editor; the upload checks everything again.
 */
@Service
public class RoundSheetWriter {

    private final RoundQueries queries;

    RoundSheetWriter(RoundQueries queries) {
        this.queries = queries;
    }

    /** The workbook, or empty when there is no such round or the actor may not edit the organization's records. */
    @Transactional(readOnly = true)
    public Optional<byte[]> write(Actor actor, String planKey, FiscalYear year, String organization) {
        var round = queries.round(planKey, year).filter(r -> r.isOpen());
        if (round.isEmpty() || organization == null
                || !CyclePermissions.allows(actor, CycleAction.UPDATE_RECORD, planKey, organization)) {
            return Optional.empty();
        }
        var records = queries.recordsFor(round.get(), actor).stream()
                .filter(r -> r.organization().equals(organization)).toList();
        var title = queries.plan().title(planKey).orElse(planKey);
        var marks = new ArrayList<String>(queries.plan().scale(planKey).marks());
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            var sheet = workbook.createSheet(RoundSheetLayout.RECORDS);
            var heading = sheet.createRow(0).createCell(0);
            heading.setCellValue(title + "　" + year.year() + "年度　" + organization);
            heading.setCellStyle(styles.locked);
            var note = sheet.createRow(1).createCell(0);
            note.setCellValue("白い欄に入力してください。灰色の欄は前年度の公表値で、変更できません。"
                    + "金額は千円単位、「―」は該当なし。評価と今後の見通しは一覧から選べます。");
            note.setCellStyle(styles.locked);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.size() - 2));
            var header = sheet.createRow(RoundSheetLayout.HEADER_ROW);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256 * 2);
            }
            int row = RoundSheetLayout.FIRST_ROW;
            for (var record : records) {
                writeRecord(sheet.createRow(row++), record, styles);
            }
            sheet.setColumnHidden(RoundSheetLayout.VERSION, true);
            sheet.createFreezePane(2, RoundSheetLayout.FIRST_ROW);
            writeLists(workbook, marks);
            if (!records.isEmpty()) {
                int last = RoundSheetLayout.FIRST_ROW + records.size() - 1;
                validation(sheet, "選択肢!$A$1:$A$" + marks.size(), RoundSheetLayout.EVALUATION, last);
                validation(sheet, "選択肢!$B$1:$B$" + RecordForm.OUTLOOKS.size(), RoundSheetLayout.OUTLOOK, last);
            }
            writeMeta(workbook, planKey, year, organization);
            sheet.protectSheet("");
            workbook.setActiveSheet(0);
            workbook.write(out);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRecord(org.apache.poi.ss.usermodel.Row row, RoundRecord record, Styles styles) {
        var previous = queries.previousYear(record);
        var form = RecordForm.of(record);
        text(row, RoundSheetLayout.NUMBER, record.projectKey(), styles.locked);
        text(row, RoundSheetLayout.NAME, record.projectName(), styles.locked);
        text(row, RoundSheetLayout.LAST_BUDGET, previous.map(p -> AmountFormat.of(p.budget())).orElse(""), styles.locked);
        text(row, RoundSheetLayout.LAST_OUTLOOK, previous.map(p -> p.outlook()).orElse(""), styles.locked);
        text(row, RoundSheetLayout.LAST_CONTENT, previous.map(p -> p.content()).orElse(""), styles.locked);
        text(row, RoundSheetLayout.BUDGET, form.budget(), styles.input);
        text(row, RoundSheetLayout.CONTENT, form.content(), styles.input);
        text(row, RoundSheetLayout.OUTLOOK, form.outlook(), styles.input);
        text(row, RoundSheetLayout.EXPANSION, form.expansionNote(), styles.input);
        // A project without last year's record has nothing to report for it: those cells stay locked.
        var lastYear = record.hasPreviousYear() ? styles.input : styles.locked;
        text(row, RoundSheetLayout.SETTLED, form.previousSettled(), lastYear);
        text(row, RoundSheetLayout.EVALUATION, form.evaluation(), lastYear);
        text(row, RoundSheetLayout.RATE, form.achievementRate(), lastYear);
        text(row, RoundSheetLayout.VERSION, String.valueOf(record.version()), styles.locked);
    }

    private static void text(org.apache.poi.ss.usermodel.Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void validation(Sheet sheet, String formula, int column, int lastRow) {
        var helper = sheet.getDataValidationHelper();
        var constraint = helper.createFormulaListConstraint(formula);
        var v = helper.createValidation(constraint,
                new CellRangeAddressList(RoundSheetLayout.FIRST_ROW, lastRow, column, column));
        v.setShowErrorBox(column == RoundSheetLayout.EVALUATION);
        v.createErrorBox("評価", "評価は一覧の記号から選んでください。");
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    /** The lists behind the drop-downs: the plan's marks (column A) and the usual outlooks (column B). */
    private static void writeLists(XSSFWorkbook workbook, List<String> marks) {
        var lists = workbook.createSheet(RoundSheetLayout.LISTS);
        int rows = Math.max(marks.size(), RecordForm.OUTLOOKS.size());
        for (int i = 0; i < rows; i++) {
            var row = lists.createRow(i);
            if (i < marks.size()) {
                row.createCell(0).setCellValue(marks.get(i));
            }
            if (i < RecordForm.OUTLOOKS.size()) {
                row.createCell(1).setCellValue(RecordForm.OUTLOOKS.get(i));
            }
        }
        lists.protectSheet("");
        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
    }

    private static void writeMeta(XSSFWorkbook workbook, String planKey, FiscalYear year, String organization) {
        var meta = workbook.createSheet(RoundSheetLayout.META);
        meta.createRow(0).createCell(0).setCellValue(planKey);
        meta.createRow(1).createCell(0).setCellValue(year.year());
        meta.createRow(2).createCell(0).setCellValue(organization);
        meta.protectSheet("");
        workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
    }

    /** Locked grey cells for what was published, unlocked white text cells to fill in. */
    private static final class Styles {
        final CellStyle locked;
        final CellStyle input;
        final CellStyle header;

        Styles(XSSFWorkbook workbook) {
            var text = workbook.createDataFormat().getFormat("@");
            locked = workbook.createCellStyle();
            locked.setLocked(true);
            locked.setWrapText(true);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked.setDataFormat(text);
            input = workbook.createCellStyle();
            input.setLocked(false);
            input.setWrapText(true);
            input.setDataFormat(text);
            input.setBorderBottom(BorderStyle.THIN);
            input.setBorderTop(BorderStyle.THIN);
            input.setBorderLeft(BorderStyle.THIN);
            input.setBorderRight(BorderStyle.THIN);
            header = workbook.createCellStyle();
            header.setLocked(true);
            header.setWrapText(true);
            var font = workbook.createFont();
            font.setBold(true);
            header.setFont(font);
        }
    }
}
