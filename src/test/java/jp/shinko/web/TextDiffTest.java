package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinko.plan.Amount;
import org.junit.jupiter.api.Test;

/** The review's content diff, amount change and the list's natural order of numbers. */
class TextDiffTest {

    @Test
    void aChangedYearAndAnAddedPhraseAreMarkedCharacterByCharacter() {
        assertThat(TextDiff.of("首都圏でのフェア開催（2月）", "首都圏でのフェア開催（3月）・商談会"))
                .containsExactly(new TextDiff.Part(TextDiff.Kind.SAME, "首都圏でのフェア開催（"),
                        new TextDiff.Part(TextDiff.Kind.REMOVED, "2"),
                        new TextDiff.Part(TextDiff.Kind.ADDED, "3"),
                        new TextDiff.Part(TextDiff.Kind.SAME, "月）"),
                        new TextDiff.Part(TextDiff.Kind.ADDED, "・商談会"));
        assertThat(TextDiff.of("", "新規")).containsExactly(new TextDiff.Part(TextDiff.Kind.ADDED, "新規"));
        assertThat(TextDiff.of("同じ", "同じ")).containsExactly(new TextDiff.Part(TextDiff.Kind.SAME, "同じ"));
    }

    @Test
    void anAmountsChangeIsAPercentOfLastYears() {
        assertThat(LastYearReview.change(Amount.ofThousandYen(1000), Amount.ofThousandYen(1200))).isEqualTo("+20.0%");
        assertThat(LastYearReview.change(Amount.ofThousandYen(7500), Amount.ofThousandYen(5980))).isEqualTo("−20.3%");
        assertThat(LastYearReview.change(Amount.ofThousandYen(0), Amount.ofThousandYen(10))).isEmpty();
        assertThat(LastYearReview.change(Amount.ofThousandYen(5), Amount.ofThousandYen(5))).isEmpty();
    }

    @Test
    void numbersSortAsNumbers() {
        var keys = new java.util.ArrayList<>(List.of("170", "8", "72", "1/2/10", "1/2/9", "70"));
        keys.sort(RoundList::natural);
        assertThat(keys).containsExactly("1/2/9", "1/2/10", "8", "70", "72", "170");
    }
}
