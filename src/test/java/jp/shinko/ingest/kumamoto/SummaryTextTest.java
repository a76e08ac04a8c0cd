package jp.shinko.ingest.kumamoto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTextTest {

    @Test
    void paragraphsBecomeLinesAndNoMarkupIsKept() {
        var summary = SummaryText.of(List.of("<p>【物品購入】A。</p> <p>【公共工事】B。</p>"));
        assertThat(summary.text()).isEqualTo("【物品購入】A。\n【公共工事】B。");
        assertThat(summary.droppedMarkup()).isEmpty();
    }

    @Test
    void lineBreaksEntitiesAndUnknownTags() {
        var summary = SummaryText.of(List.of("<P class=\"x\">A&amp;B<br/>C</P>", "<b>D</b> &lt;E&gt;"));
        assertThat(summary.text()).isEqualTo("A&B\nC\nD <E>");
        assertThat(summary.droppedMarkup()).containsExactly("<b>", "</b>");
    }

    @Test
    void plainTextIsKeptAsPrintedLetterSpacingIncluded() {
        assertThat(SummaryText.of(List.of("M I C E 誘致活動、コンベンション主催者への助成等を行う。")).text())
                .isEqualTo("M I C E 誘致活動、コンベンション主催者への助成等を行う。");
    }
}
