package jp.shinko.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import jp.shinko.ingest.ParseException;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Yen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The 金額 sheet: typed money figures in exact yen go out and come back, in both file forms. */
class MoneySheetTest {

    private static final List<MoneyFigure> FIGURES = List.of(
            new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "6月補正", Yen.of(-1_200_000, AmountUnit.THOUSAND_YEN), "決算!E7"),
            new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "9月補正", Yen.of(25_960_000, AmountUnit.TEN_THOUSAND_YEN), ""),
            new MoneyFigure(MoneyKind.CURRENT_BUDGET, "", Yen.of(218_272_770, AmountUnit.YEN), "決算!H7"),
            MoneyFigure.of(MoneyKind.NATIONAL_FUNDS, Yen.undisclosed()),
            MoneyFigure.of(MoneyKind.GENERAL_FUNDS, Yen.none()));

    private final TemplateReader reader = new TemplateReader();

    static PlanContent withFigures(PlanContent content, List<MoneyFigure> figures) {
        var records = content.yearRecords().stream()
                .map(r -> r.projectKey().equals("成長産業創出支援事業") ? r.withMoneyFigures(figures) : r).toList();
        return new PlanContent(content.municipality(), content.plan(), content.source(), content.nodes(),
                content.organizations(), content.projects(), content.placements(), records);
    }

    @ParameterizedTest
    @EnumSource(TemplateFormat.class)
    void figuresInExactYenComeBackWithTheirUnitsLabelsAndPlaces(TemplateFormat format) {
        var original = withFigures(Samples.KUMAMOTO.content(), FIGURES);
        byte[] file = TemplateWriter.toBytes(original, format);
        var readBack = reader.content("plan." + format.extension(), file);
        assertThat(readBack.yearRecord("成長産業創出支援事業", FiscalYear.of(2024)).orElseThrow().moneyFigures())
                .isEqualTo(FIGURES);
        assertThat(readBack).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(TemplateFormat.class)
    void anAmountWithAnotherUnitIsRefusedAtItsCell(TemplateFormat format) {
        var original = withFigures(Samples.KUMAMOTO.content(), List.of(
                MoneyFigure.of(MoneyKind.EXPENDITURE, Yen.of(41_160_000, AmountUnit.THOUSAND_YEN))));
        var tables = PlanWorkbook.tables(original).stream().map(t -> t.sheet() != MoneySheet.SHEET ? t
                : new Table(t.sheet(), t.place(), t.header(), List.of(new Table.Row(2, List.of(Cell.text("成長産業創出支援事業"),
                        Cell.BLANK, Cell.number(2024), Cell.text("支出済額"), Cell.BLANK, Cell.text("41160千円"),
                        Cell.BLANK, Cell.BLANK))), t.choices())).toList();
        assertThatThrownBy(() -> PlanWorkbook.content("plan." + format.extension(), "0".repeat(64), format, tables))
                .isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(((ParseException) e).reason(Locale.JAPANESE))
                        .contains("金額（円）")
                        .endsWith("「41160千円」の単位がこの列の単位（円）と違います。円単位の数字で入力してください"));
    }
}
