package jp.shinko.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.PlanContent;
import org.junit.jupiter.api.Test;

/** What the checks find in the two published lists as printed (docs/annual-round.md lists them). */
class SampleChecksTest {

    private static PlanContent read(String file) {
        return new DocumentReader(Layouts.builtIn()).read(Path.of(file), null).parsed().content();
    }

    @Test
    void kagoshimaListHasElevenNotRunMarksWithASettlementAndTwoBudgetJumps() {
        var findings = ConsistencyCheck.checkAllYears(read("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                CheckSettings.DEFAULT);
        assertThat(findings).extracting(f -> f.rule() + " " + f.projectKey()).containsExactly(
                "NOT_RUN_WITH_SETTLEMENT 16", "NOT_RUN_WITH_SETTLEMENT 39", "NOT_RUN_WITH_SETTLEMENT 86",
                "NOT_RUN_WITH_SETTLEMENT 115", "NOT_RUN_WITH_SETTLEMENT 120", "NOT_RUN_WITH_SETTLEMENT 122",
                "NOT_RUN_WITH_SETTLEMENT 151", "NOT_RUN_WITH_SETTLEMENT 160", "NOT_RUN_WITH_SETTLEMENT 212",
                "NOT_RUN_WITH_SETTLEMENT 223", "NOT_RUN_WITH_SETTLEMENT 249",
                "BUDGET_JUMP 234", "BUDGET_JUMP 277");
        var largest = findings.get(4);
        assertThat(largest.projectName()).isEqualTo("企業立地促進補助事業");
        assertThat(largest.year()).isEqualTo(FiscalYear.of(2019));
        assertThat(largest.text(Locale.JAPANESE))
                .isEqualTo("2019年度の評価は「―」（実施事業なし）ですが、決算額 1,552,650 千円があります。");
        assertThat(findings.get(11).text(Locale.JAPANESE))
                .isEqualTo("2019年度の 53 千円から 2020年度の予算額 9,552 千円へ、10倍以上（または10分の1以下）の変化です。");
    }

    @Test
    void kumamotoListHasNoFinding() {
        assertThat(ConsistencyCheck.checkAllYears(read("samples/kumamoto-chusho-plan-r6.txt"), CheckSettings.DEFAULT))
                .isEmpty();
    }
}
