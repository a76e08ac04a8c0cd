package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import jp.shinko.audit.AuditTrail;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.cycle.UpdateYearRecord;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.Amount;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Excel round trip over HTTP for 国際交流課 (Kagoshima №65, 66, 67 in FY2021): download, fill the
 * workbook with POI as an editor would in Excel, upload. One bad amount is reported at its cell and
 * a record saved in the app meanwhile is a conflict; nothing is saved until a clean workbook comes
 * back. Rolls back.
 */
@CycleWebTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetRoundTripTest {

    private static final String ROUND = "/cycle/" + CycleFixture.KAGOSHIMA + "/2021/";
    private static final RequestPostProcessor INTL = user("intl").roles("ORG_EDITOR");
    private static final RequestPostProcessor TOKYO = user("tokyo").roles("ORG_EDITOR");

    @Autowired MockMvc mvc;
    @Autowired RoundQueries queries;
    @Autowired UpdateYearRecord update;
    @Autowired AuditTrail audit;

    @BeforeAll
    void prepare(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                 @Autowired OpenFiscalYear open) {
        CycleFixture.prepare(imports, addUser, accounts, open);
    }

    private RoundRecord record(String key) {
        return queries.record(CycleFixture.KAGOSHIMA, CycleFixture.FY2021, key).orElseThrow();
    }

    private XSSFWorkbook download(RequestPostProcessor who) throws Exception {
        var bytes = mvc.perform(get(ROUND + "sheet.xlsx").param("organization", CycleFixture.INTERNATIONAL).with(who))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String cell(Sheet sheet, String ref) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        var row = sheet.getRow(r.getRow());
        var cell = row == null ? null : row.getCell(r.getCol());
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static void put(Sheet sheet, String ref, String value) {
        var r = new org.apache.poi.ss.util.CellReference(ref);
        sheet.getRow(r.getRow()).getCell(r.getCol()).setCellValue(value);
    }

    private String upload(XSSFWorkbook workbook, int expectedStatus) throws Exception {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        var file = new MockMultipartFile("file", "intl.xlsx", SheetController.XLSX.toString(), out.toByteArray());
        return mvc.perform(multipart(ROUND + "sheet").file(file).with(csrf()).with(INTL))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theWorkbookIsPrefilledProtectedAndOffersTheMarksAndOutlooks() throws Exception {
        try (var workbook = download(INTL)) {
            var sheet = workbook.getSheet("記録");
            assertThat(cell(sheet, "A3")).isEqualTo("№");
            assertThat(cell(sheet, "F3")).isEqualTo("予算額（千円）");
            assertThat(cell(sheet, "A4") + cell(sheet, "A5") + cell(sheet, "A6")).isEqualTo("656667");
            assertThat((Object) sheet.getRow(6)).isNull();
            assertThat(cell(sheet, "B4")).isEqualTo(record("65").projectName());
            assertThat(cell(sheet, "C4")).isEqualTo(jp.shinko.cycle.AmountFormat.of(
                    queries.previousYear(record("65")).orElseThrow().budget()));
            assertThat(cell(sheet, "M4")).isEqualTo(String.valueOf(record("65").version()));
            assertThat(sheet.isColumnHidden(12)).isTrue();
            assertThat(((XSSFSheet) sheet).getProtect()).isTrue();
            assertThat(sheet.getRow(3).getCell(2).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(3).getCell(5).getCellStyle().getLocked()).isFalse();
            var lists = ((XSSFSheet) sheet).getDataValidations().stream()
                    .map(v -> v.getValidationConstraint().getFormula1() + " " + v.getRegions().getCellRangeAddress(0)
                            .formatAsString())
                    .sorted().toList();
            assertThat(lists).containsExactly("選択肢!$A$1:$A$4 K4:K6", "選択肢!$B$1:$B$6 H4:H6");
            var choices = workbook.getSheet("選択肢");
            assertThat(choices.getRow(0).getCell(0).getStringCellValue() + choices.getRow(1).getCell(0)
                    .getStringCellValue() + choices.getRow(2).getCell(0).getStringCellValue()
                    + choices.getRow(3).getCell(0).getStringCellValue()).isEqualTo("◎○△―");
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex("shinko")))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        }
    }

    @Test
    void anotherOrganizationsEditorGetsNoWorkbook() throws Exception {
        mvc.perform(get(ROUND + "sheet.xlsx").param("organization", CycleFixture.INTERNATIONAL).with(TOKYO))
                .andExpect(status().isForbidden());
    }

    @Test
    void oneBadCellAndOneConflictSaveNothingThenACleanWorkbookSavesEveryRow() throws Exception {
        int before65 = record("65").version();
        try (var workbook = download(INTL)) {
            var sheet = workbook.getSheet("記録");
            fill(sheet, 4, "1,500", "留学生と地元企業の交流会", "1,400", "○");
            fill(sheet, 5, "-300", "海外見本市への出展支援", "0", "―");
            fill(sheet, 6, "800", "姉妹都市との経済交流", "750", "◎");
            // Meanwhile №67 is saved in the app.
            var changed = update.run(CycleFixture.INTL, CycleFixture.KAGOSHIMA, CycleFixture.FY2021, "67",
                    CycleFixture.completeForm(record("67").version()));
            assertThat(changed.isDone()).isTrue();

            var page = upload(workbook, 422);
            assertThat(page).contains("記録!F5").contains("金額は0以上の整数（千円）で入力してください。");
            assertThat(page).contains("id=\"conflict-67\"").contains("姉妹都市との経済交流").contains("首都圏でのフェア開催");
            assertThat(page).contains("問題 1 件、競合 1 件のため、何も保存しませんでした。");
            assertThat(record("65").version()).isEqualTo(before65);
            assertThat(record("67").content()).isEqualTo("首都圏でのフェア開催");
        }
        try (var workbook = download(INTL)) {
            var sheet = workbook.getSheet("記録");
            fill(sheet, 4, "1,500", "留学生と地元企業の交流会", "1,400", "○");
            fill(sheet, 5, "900", "海外見本市への出展支援", "0", "―");
            var page = upload(workbook, 200);
            assertThat(page).contains("2 件を保存しました（変更なし 1 件）。");
        }
        assertThat(record("65").budget()).isEqualTo(Amount.ofThousandYen(1500));
        assertThat(record("65").content()).isEqualTo("留学生と地元企業の交流会");
        assertThat(record("66").budget()).isEqualTo(Amount.ofThousandYen(900));
        assertThat(record("67").content()).isEqualTo("首都圏でのフェア開催");
        assertThat(audit.forProject(CycleFixture.KAGOSHIMA, "65").stream()
                .filter(e -> e.action().equals("UPDATE_RECORD") && "budget".equals(e.field()))
                .map(e -> e.newValue()).toList()).containsExactly("1,500");
    }

    /** Excel row {@code row} (1-based): budget, content, outlook 継続予定, last year's settlement and mark. */
    private static void fill(Sheet sheet, int row, String budget, String content, String settled, String mark)
            throws IOException {
        put(sheet, "F" + row, budget);
        put(sheet, "G" + row, content);
        put(sheet, "H" + row, "継続予定");
        put(sheet, "J" + row, settled);
        put(sheet, "K" + row, mark);
    }
}
