package jp.shinko.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What users type is never query syntax, and what documents say is never markup. */
class SafeResultsTest {

    @Test
    void markupInASummaryComesOutEscapedWithOnlyTheMatchMarked() throws IOException {
        var index = TextPlans.index(Map.of(
                "<b>販路</b>開拓事業", "見本市に<script>alert('販路')</script>出展し、販路を開拓する & 広げる。"));
        var hit = index.search(SearchRequest.of("販路")).hits().get(0);
        assertThat(hit.nameHtml()).isEqualTo("&lt;b&gt;<mark>販路</mark>&lt;&#x2F;b&gt;開拓事業");
        assertThat(hit.snippet().html())
                .isEqualTo("見本市に&lt;script&gt;alert(&#x27;<mark>販路</mark>&#x27;)&lt;&#x2F;script&gt;"
                        + "出展し、<mark>販路</mark>を開拓する &amp; 広げる。")
                .doesNotContain("<script", "<b>");
    }

    @Test
    void aSearchForMarkupFindsItAsTextAndStillEscapesIt() throws IOException {
        var index = TextPlans.index(Map.of("情報発信事業", "<script>alert(1)</script> を含む概要"));
        var hits = index.search(SearchRequest.of("<script>")).hits();
        assertThat(hits).extracting(SearchHit::name).containsExactly("情報発信事業");
        assertThat(hits.get(0).snippet().html()).startsWith("&lt;<mark>script</mark>&gt;").doesNotContain("<script");
    }

    @Test
    void aSummaryWithoutAMatchIsShownFromItsStartEscaped() throws IOException {
        var index = TextPlans.index(Map.of("創業支援事業", "<i>起業</i>を志す人を支援する。"));
        var hit = index.search(SearchRequest.of("創業")).hits().get(0);
        assertThat(hit.nameHtml()).isEqualTo("<mark>創業</mark>支援事業");
        assertThat(hit.snippet().html()).isEqualTo("&lt;i&gt;起業&lt;&#x2F;i&gt;を志す人を支援する。");
    }

    @Test
    void luceneSyntaxIsJustText() throws IOException {
        var index = SampleIndex.shared();
        for (var typed : new String[] {"\"", "\"事業承継", "事業承継 AND", "name:事業承継", "*", "?", "事業~2", "[a TO z]",
                "(", ")", "\\", "+-&&||!^", "事業承継)", "OR", "/regex/", "\u0000", "　", " ".repeat(50),
                "事".repeat(1000)}) {
            assertThatCode(() -> index.search(SearchRequest.of(typed))).as(typed).doesNotThrowAnyException();
        }
        assertThat(index.search(SearchRequest.of("「事業承継」")).total()).isEqualTo(13);
        assertThat(index.search(SearchRequest.of("name:事業承継")).total()).isZero();
        assertThat(index.search(SearchRequest.of("+-&&||!^")).total()).isZero();
    }

    @Test
    void anEmptyQueryFindsNothingUnlessNarrowed() throws IOException {
        var index = SampleIndex.shared();
        assertThat(index.search(SearchRequest.of("  ")).total()).isZero();
        assertThat(index.search(SearchRequest.of("").withPlan(SampleIndex.KUMAMOTO)).total()).isEqualTo(59);
    }

    @Test
    void queryTextIsSplitAtSpacesAndStrippedOfQuotes() {
        assertThat(QueryText.terms(" 「事業承継」　\"セミナー\" 事業承継 ")).containsExactly("事業承継", "セミナー");
        assertThat(QueryText.terms("a b c d e f g h i j k l")).hasSize(QueryText.MAX_TERMS);
        assertThat(new SearchRequest("あ".repeat(300), " ", null, "", null, 0))
                .satisfies(r -> assertThat(r.query()).hasSize(SearchRequest.MAX_QUERY_LENGTH))
                .satisfies(r -> assertThat(r.plan()).isNull())
                .satisfies(r -> assertThat(r.page()).isEqualTo(1));
    }
}
