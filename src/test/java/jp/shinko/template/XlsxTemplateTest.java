package jp.shinko.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exported workbook as Excel sees it, re-opened with POI: sheets, header rows, amounts as numbers. */
class XlsxTemplateTest {

    static XSSFWorkbook kagoshima;
    static XSSFWorkbook kumamoto;

    @BeforeAll
    static void export() throws IOException {
        kagoshima = open(Samples.KAGOSHIMA);
        kumamoto = open(Samples.KUMAMOTO);
    }

    @AfterAll
    static void close() throws IOException {
        kagoshima.close();
        kumamoto.close();
    }

    static XSSFWorkbook open(Samples sample) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(TemplateWriter.toBytes(sample.content(), TemplateFormat.XLSX)));
    }

    @Test
    void hasTheMainSheetFirstThenTheSheetsForFactsThatAreNotPerYear() {
        var names = new ArrayList<String>();
        kagoshima.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("事業年度", "事業", "掲載", "体系", "組織", "計画", "評価基準", "重点事項", "文書情報");
    }

    @Test
    void mainSheetHasAFrozenJapaneseHeaderRowAndOneRowPerProjectYear() {
        var sheet = kagoshima.getSheet("事業年度");
        assertThat(texts(sheet.getRow(0))).containsExactly("事業キー", "事業名", "年度", "予算額（千円）", "決算額（千円）",
                "実施内容", "実施内容同左", "評価", "今後の方向性", "拡充要素", "新規", "拡充", "重点", "状態",
                "出典SHA-256", "出典開始行", "出典終了行");
        assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
        assertThat(sheet.getLastRowNum()).isEqualTo(572); // header + 286 projects x FY2019, FY2020
        assertThat(kumamoto.getSheet("事業年度").getLastRowNum()).isEqualTo(59);
    }

    @Test
    void amountsAreNumberCellsInThousandYenWithAThousandsSeparator() {
        var sheet = kagoshima.getSheet("事業年度");
        var settled = row(sheet, "7", 2019).getCell(4);
        assertThat(settled.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(settled.getNumericCellValue()).isEqualTo(30_281);
        assertThat(settled.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(new DataFormatter().formatCellValue(settled)).isEqualTo("30,281");
        var budget = row(sheet, "7", 2020).getCell(3);
        assertThat(budget.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(new DataFormatter().formatCellValue(budget)).isEqualTo("34,114");
        var zero = row(sheet, "15", 2019).getCell(4);
        assertThat(zero.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(zero.getNumericCellValue()).isZero();
        assertThat(row(sheet, "7", 2019).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void absentAmountsAreADashNonDisclosureOrAnEmptyCell() {
        var sheet = kagoshima.getSheet("事業年度");
        assertThat(row(sheet, "1", 2019).getCell(4).getStringCellValue()).isEqualTo("―");
        assertThat(row(sheet, "60", 2019).getCell(4).getStringCellValue()).isEqualTo("非公開");
        assertThat(row(sheet, "60", 2020).getCell(3).getStringCellValue()).isEqualTo("非公開");
        assertThat(row(sheet, "1", 2020).getCell(3)).isNull();
        assertThat(row(sheet, "256", 2019).getCell(4)).isNull();
    }

    @Test
    void aProjectListedAgainAppearsOncePerListingInPlacements() {
        var sheet = kumamoto.getSheet("掲載");
        var listings = new ArrayList<String>();
        for (var row : sheet) {
            if (text(row.getCell(0)).equals("成長産業創出支援事業")) {
                listings.add(text(row.getCell(2)) + "|" + text(row.getCell(3)) + "|" + text(row.getCell(4)));
            }
        }
        assertThat(listings).containsExactly("1/①||(1)", "2/③|○|(5)", "5/⑩|○|(2)");
    }

    @Test
    void factsThatAreNotPerYearSitOnTheirOwnSheets() {
        var plan = kumamoto.getSheet("計画").getRow(1);
        assertThat(texts(plan)).containsExactly("431001", "熊本市", "kumamoto-chusho", "熊本市中小企業・小規模企業振興基本計画",
                "", "", "方向性\n取組", "");
        var source = kumamoto.getSheet("文書情報").getRow(1);
        assertThat(text(source.getCell(0))).isEqualTo("kumamoto-chusho-plan-r6.txt");
        assertThat(text(source.getCell(1))).isEqualTo("791644604f9a6331209d946c70a1b9bac94b6688aaa6a56098db2738c1128d88");
        assertThat(text(source.getCell(2))).isEqualTo("kumamoto-jigyo-ichiran");
        assertThat(text(source.getCell(4))).isEqualTo("2024-03");
        assertThat(source.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2024-03-31");
        assertThat(source.getCell(6).getNumericCellValue()).isEqualTo(192);
        var scale = kagoshima.getSheet("評価基準");
        assertThat(texts(scale.getRow(1))).containsExactly("◎", "100", "十分に達成された（100％以上）", "");
        assertThat(texts(scale.getRow(4))).containsExactly("―", "", "実施事業なし", "○");
        var priorities = kumamoto.getSheet("重点事項");
        assertThat(texts(priorities.getRow(1)).subList(0, 2)).containsExactly("2024", "導入文");
        assertThat(texts(priorities.getRow(2))).containsExactly("2024", "重点事項", "半導体関連産業の集積を見据えた戦略的な企業誘致");
        assertThat(priorities.getLastRowNum()).isEqualTo(6);
    }

    /** The row of a project-year on the main sheet, found by its cells. */
    static Row row(Sheet sheet, String key, int year) {
        for (var row : sheet) {
            if (row.getRowNum() > 0 && text(row.getCell(0)).equals(key) && row.getCell(2).getNumericCellValue() == year) {
                return row;
            }
        }
        throw new AssertionError("no row for " + key + "@" + year);
    }

    /** The row's cells as Excel shows them, as many as the sheet has columns. */
    static List<String> texts(Row row) {
        var texts = new ArrayList<String>();
        for (int i = 0; i < row.getSheet().getRow(0).getLastCellNum(); i++) {
            texts.add(text(row.getCell(i)));
        }
        return texts;
    }

    static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }
}
