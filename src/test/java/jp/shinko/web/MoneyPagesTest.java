package jp.shinko.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.AmountUnit;
import jp.shinko.plan.MoneyFigure;
import jp.shinko.plan.MoneyKind;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.Yen;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project page's money table and the summaries' 執行率 / 財源内訳, on the Kumamoto sample with
 * typed figures added to two projects (in a database of its own).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:money-pages;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class MoneyPagesTest {

    private static final String KUMAMOTO = "/plans/kumamoto-chusho";

    @Autowired
    MockMvc mvc;

    private static MoneyFigure yen(MoneyKind kind, long yen) {
        return MoneyFigure.of(kind, Yen.of(yen, AmountUnit.YEN));
    }

    @BeforeAll
    static void importKumamotoWithMoney(@Autowired ImportDocuments imports, @Autowired PlanRepository plans) {
        if (plans.load("kumamoto-chusho").isEmpty()) {
            imports.run(List.of(Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
        }
        var content = plans.load("kumamoto-chusho").orElseThrow();
        var figures = Map.of(
                "成長産業創出支援事業", List.of(
                        new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "6月補正", Yen.of(1_128_000, AmountUnit.YEN), "決算!E7"),
                        new MoneyFigure(MoneyKind.SUPPLEMENTARY_BUDGET, "12月補正", Yen.of(-200_000, AmountUnit.YEN), "決算!F7"),
                        yen(MoneyKind.EXPENDITURE, 16_500_000), yen(MoneyKind.UNUSED, 400_000),
                        yen(MoneyKind.NATIONAL_FUNDS, 8_000_000), yen(MoneyKind.GENERAL_FUNDS, 8_500_000)),
                "中小企業金融対策事業", List.of(yen(MoneyKind.CURRENT_BUDGET, 33_100_000),
                        yen(MoneyKind.EXPENDITURE, 30_000_000), yen(MoneyKind.GENERAL_FUNDS, 30_000_000)));
        var records = content.yearRecords().stream()
                .map(r -> figures.containsKey(r.projectKey()) ? r.withMoneyFigures(figures.get(r.projectKey())) : r)
                .toList();
        plans.save(new PlanContent(content.municipality(), content.plan(), content.source(), content.nodes(),
                content.organizations(), content.projects(), content.placements(), records));
    }

    @Test
    void theProjectPageShowsTheKindsPresentWithDerivedFiguresAndTheWarning() throws Exception {
        mvc.perform(get(KUMAMOTO + "/projects/成長産業創出支援事業"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h2[@id='money']").string("金額の内訳"))
                .andExpect(xpath("//tr[@id='money-initial_budget']/td").string("16,072,000"))
                .andExpect(xpath("//tr[@id='money-supplementary_budget'][1]/th").string("6月補正"))
                .andExpect(xpath("//tr[@id='money-supplementary_budget'][1]/td").string("1,128,000"))
                .andExpect(xpath("//tr[@id='money-supplementary_budget'][2]/td").string("-200,000"))
                .andExpect(xpath("//tr[@id='money-supplementary_budget'][3]/th").string("補正予算計"))
                .andExpect(xpath("//tr[@id='money-current_budget']/td").string("17,000,000"))
                .andExpect(xpath("//tr[@id='money-current_budget']/td/@class").string("num derived"))
                .andExpect(xpath("//tr[@id='money-expenditure']/td").string("16,500,000"))
                .andExpect(xpath("//tr[@id='money-unused']/td").string("400,000"))
                .andExpect(xpath("//tr[@id='money-execution_rate']/td").string("97.1%"))
                .andExpect(xpath("//tr[@id='money-carried_to_next']").doesNotExist())
                .andExpect(xpath("//ul[@id='money-warnings']/li").string(
                        "令和6年度（2024年度）: 不用額の記載額 400,000円が計算値 500,000円（予算現額 − 支出済額 − 翌年度繰越）と一致しません"));
    }

    @Test
    void aProjectWithOnlyTheSamplesBudgetHasNoMoneyTable() throws Exception {
        mvc.perform(get(KUMAMOTO + "/projects/地域スタートアップ等支援事業"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h2[@id='money']").doesNotExist());
    }

    @Test
    void theSummariesShowExecutionRateAndFundingPerNode() throws Exception {
        mvc.perform(get(KUMAMOTO + "/summaries").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(xpath("//h2[@id='by-funding']").string("執行率と財源内訳"))
                .andExpect(xpath("//table[@id='table-funding']/thead/tr/th[5]").string("国庫支出金"))
                .andExpect(xpath("//table[@id='table-funding']/thead/tr/th[6]").string("一般財源"))
                .andExpect(xpath("//tr[@id='funding-1']/td[1]").string("50,100,000"))
                .andExpect(xpath("//tr[@id='funding-1']/td[2]").string("46,500,000"))
                .andExpect(xpath("//tr[@id='funding-1']/td[3]").string("92.8%"))
                .andExpect(xpath("//tr[@id='funding-1']/td[5]/@data-value").string("38500000"))
                .andExpect(xpath("//tr[@id='funding-4']/td[3]").string("―"))
                .andExpect(xpath("//tr[@id='funding-total']/td[4]").string("8,000,000"))
                .andExpect(xpath("//div[@class='chart'][@data-for='table-funding']").exists());
    }
}
