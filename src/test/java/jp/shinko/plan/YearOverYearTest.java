package jp.shinko.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    @Test
    void everyKindOfChangeOfTheCraftedPlanIsToldFromTheYears() {
        var c = YearOverYear.of(CraftedPlan.content(), CraftedPlan.FY2024, CraftedPlan.namesAfterRename());
        assertThat(c.previous()).isEqualTo(CraftedPlan.FY2023);
        assertThat(c.projectsBefore()).isEqualTo(5);
        assertThat(c.projectsNow()).isEqualTo(4);
        assertThat(c.added()).extracting(Project::key).containsExactly("c");
        assertThat(c.ended()).extracting(Project::key).containsExactly("d");
        assertThat(c.merged()).extracting(m -> m.project().key() + "→" + m.into().key() + " " + m.intoName())
                .containsExactly("e→a 商店街にぎわい支援事業");
        assertThat(c.renamed()).extracting(r -> r.project().key() + ": " + r.before() + " → " + r.after())
                .containsExactly("a: 旧商店街支援事業 → 商店街にぎわい支援事業");
        assertThat(c.rises()).extracting(m -> m.project().key() + " " + m.basis() + " " + m.beforeThousandYen() + " "
                + m.nowThousandYen() + " " + m.changeThousandYen() + " " + m.percent().orElseThrow())
                .containsExactly("a BUDGET 1000 1200 200 20.0");
        assertThat(c.falls()).extracting(m -> m.project().key() + " " + m.changeThousandYen() + " " + m.percent().orElseThrow())
                .containsExactly("b -100 -20.0");
        assertThat(c.unchanged()).isEqualTo(1);
        assertThat(c.compared()).isEqualTo(3);
        assertThat(c.evaluations()).extracting(e -> e.project().key() + " " + e.before() + "→" + e.after())
                .containsExactly("a ○→◎");
        assertThat(c.contents()).hasSize(1);
        var diff = c.contents().get(0);
        assertThat(diff.project().key()).isEqualTo("b");
        assertThat(diff.diff()).containsExactly(
                new TextDiff.Part(TextDiff.Kind.REMOVED, "創業セミナーを3回開催。"),
                new TextDiff.Part(TextDiff.Kind.ADDED, "創業セミナーを5回開催。相談会を新設。"));
    }

    @Test
    void aProjectWithAFormerNameIsNotRenamedWhenBothYearsListTheSameName() {
        // Without a rename between the years, nothing is renamed, former names or not.
        var c = YearOverYear.of(CraftedPlan.content(), CraftedPlan.FY2024, YearNames.current());
        assertThat(c.renamed()).isEmpty();
    }

    @Test
    void theFirstYearHasNothingToCompareAndItsNewProjectsAreThoseThatStartInIt() {
        var c = YearOverYear.of(CraftedPlan.content(), CraftedPlan.FY2023, YearNames.current());
        assertThat(c.comparable()).isFalse();
        assertThat(c.projectsNow()).isEqualTo(5);
        assertThat(c.added()).isEmpty();
        assertThat(c.ended()).isEmpty();
        assertThat(c.renamed()).isEmpty();
    }

    @Test
    void percentIsRoundedHalfUpToOneDecimal() {
        var p = CraftedPlan.content().projects().get(0);
        assertThat(new YearOverYear.MoneyChange(p, YearOverYear.Basis.BUDGET, 3, 4).percent()).contains(new BigDecimal("33.3"));
        assertThat(new YearOverYear.MoneyChange(p, YearOverYear.Basis.BUDGET, 0, 4).percent()).isEmpty();
    }

    @Test
    void textDiffKeepsCommonPhrases() {
        assertThat(TextDiff.between("セミナー開催、相談会。", "セミナー開催、個別相談会。"))
                .containsExactly(new TextDiff.Part(TextDiff.Kind.SAME, "セミナー開催、"),
                        new TextDiff.Part(TextDiff.Kind.REMOVED, "相談会。"),
                        new TextDiff.Part(TextDiff.Kind.ADDED, "個別相談会。"));
        assertThat(TextDiff.differs("相談 会", "相談会")).isFalse();
    }
}
