package jp.shinko.cycle;

import java.math.BigDecimal;
import jp.shinko.command.Problem;
import jp.shinko.plan.Amount;
import jp.shinko.plan.EvaluationScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What people type into the round's forms, read at the edge: amounts, rates, outlooks, marks. */
class TypedValuesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            １，２００      | 1200
            1,200          | 1200
            1200           | 1200
            ' １２００ '    | 1200
            0              | 0
            ０             | 0
            12,345千円      | 12345
            1,234,567      | 1234567
            """)
    void amountsInThousandYen(String typed, long thousandYen) {
        assertThat(AmountText.read("budget", typed).amount()).contains(Amount.ofThousandYen(thousandYen));
    }

    @ParameterizedTest(name = "{0} is no amount")
    @CsvSource({"―", "－", "-", "ー"})
    void aDashIsNoAmount(String typed) {
        assertThat(AmountText.read("budget", typed).amount()).contains(Amount.none());
    }

    @Test
    void undisclosedAndBlank() {
        assertThat(AmountText.read("budget", "非公開").amount()).contains(Amount.undisclosed());
        assertThat(AmountText.read("budget", "  ").blank()).isTrue();
        assertThat(AmountText.read("budget", null).blank()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -5        | amount.negative
            －５       | amount.negative
            ▲100      | amount.negative
            1.5       | amount.decimal
            １．５     | amount.decimal
            1,2,0,0   | amount.format
            12,00     | amount.format
            百万       | amount.format
            1234567890123456 | amount.too-large
            """)
    void badAmountsSayWhy(String typed, String code) {
        var reading = AmountText.read("budget", typed);
        assertThat(reading.amount()).isEmpty();
        assertThat(reading.problem()).isEqualTo(Problem.of("budget", code));
    }

    @ParameterizedTest(name = "{0}% is {1}")
    @CsvSource({"100, ◎", "１００％, ◎", "99.9, ○", "70, ○", "69.99, △", "0, △", "250, ◎"})
    void theScaleTurnsARateIntoAMark(String typed, String mark) {
        var rate = RateText.read("achievementRate", typed).rate().orElseThrow();
        assertThat(EvaluationScale.DEFAULT.markFor(rate).mark()).isEqualTo(mark);
    }

    @Test
    void badRatesSayWhy() {
        assertThat(RateText.read("achievementRate", "-1").problem()).isEqualTo(Problem.of("achievementRate", "rate.negative"));
        assertThat(RateText.read("achievementRate", "八割").problem()).isEqualTo(Problem.of("achievementRate", "rate.format"));
        assertThat(RateText.read("achievementRate", "85.5%").rate()).contains(new BigDecimal("85.5"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            継続予定       | CONTINUES
            継続          | CONTINUES
            拡充          | CONTINUES
            拡充予定       | CONTINUES
            一部継続予定    | CONTINUES
            縮小予定       | CONTINUES
            事業終了       | ENDS
            廃止          | ENDS
            未定          | UNDECIDED
            ''            | NOT_STATED
            事業中止       | ENDS
            見直し        | UNUSUAL
            実施予定なし    | UNUSUAL
            """)
    void outlooksDecideWhetherAProjectIsCarriedOver(String text, Outlook outlook) {
        assertThat(Outlook.of(text)).isEqualTo(outlook);
    }

    @Test
    void onlyAnExpandingOutlookFlagsTheYearExpanded() {
        assertThat(Outlook.of("拡充予定").expands("拡充予定")).isTrue();
        assertThat(Outlook.of("一部継続予定").expands("一部継続予定")).isFalse();
    }

    @Test
    void notRunNeedsNoSettlementAndCannotHaveOne() {
        var scale = EvaluationScale.DEFAULT;
        var notRun = new RecordForm("―", "", "実施なし", "―", "", "事業終了", "", false, false, false, 0, "");
        var reading = RecordValidation.read(notRun, scale, true);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.values().previousSettled()).isEqualTo(Amount.none());
        assertThat(RecordValidation.completeness(reading.values(), scale, true)).isEmpty();

        var settledButNotRun = new RecordForm("―", "500", "実施なし", "―", "", "事業終了", "", false, false, false, 0, "");
        var values = RecordValidation.read(settledButNotRun, scale, true).values();
        assertThat(RecordValidation.completeness(values, scale, true))
                .containsExactly(Problem.of("previousSettled", "settled.not-run", "―"));
    }

    @Test
    void aProjectWithoutLastYearReportsNoSettlementOrEvaluation() {
        var form = new RecordForm("300", "abc", "新しい事業", "☆", "x", "継続予定", "", true, false, false, 0, "");
        var reading = RecordValidation.read(form, EvaluationScale.DEFAULT, false);
        assertThat(reading.problems()).isEmpty();
        assertThat(RecordValidation.completeness(reading.values(), EvaluationScale.DEFAULT, false)).isEmpty();
    }

    @Test
    void permissionsFollowRolesAndOrganizations() {
        var tokyo = CycleFixture.TOKYO;
        assertThat(CyclePermissions.allows(tokyo, CycleAction.UPDATE_RECORD, CycleFixture.KAGOSHIMA, "東京事務所")).isTrue();
        assertThat(CyclePermissions.allows(tokyo, CycleAction.UPDATE_RECORD, CycleFixture.KAGOSHIMA, "国際交流課")).isFalse();
        assertThat(CyclePermissions.allows(tokyo, CycleAction.UPDATE_RECORD, CycleFixture.KUMAMOTO, "東京事務所")).isFalse();
        assertThat(CyclePermissions.allows(tokyo, CycleAction.APPROVE_RECORD, CycleFixture.KAGOSHIMA, "東京事務所")).isFalse();
        assertThat(CyclePermissions.allows(CycleFixture.COORDINATOR, CycleAction.PUBLISH_YEAR, CycleFixture.KAGOSHIMA, null)).isTrue();
        assertThat(CyclePermissions.allows(CycleFixture.COORDINATOR, CycleAction.MANAGE_USERS, null, null)).isFalse();
        assertThat(CyclePermissions.allows(CycleFixture.VIEWER, CycleAction.UPDATE_RECORD, CycleFixture.KAGOSHIMA, "東京事務所")).isFalse();
        assertThat(CyclePermissions.allows(CycleFixture.VIEWER, CycleAction.VIEW_AUDIT, CycleFixture.KAGOSHIMA, null)).isTrue();
        assertThat(CyclePermissions.allows(null, CycleAction.VIEW_ROUND, CycleFixture.KAGOSHIMA, null)).isFalse();
    }
}
