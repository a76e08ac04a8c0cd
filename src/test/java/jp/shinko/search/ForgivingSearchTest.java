package jp.shinko.search;

import static jp.shinko.search.SampleIndex.all;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A search that forgives: readings typed in kana, a slip of the keys answered with 「もしかして」,
 * and the page's syntax (OR, quoted phrases, -exclusion), on both real samples.
 */
class ForgivingSearchTest {

    private final ProjectIndex index = SampleIndex.shared();

    private SearchResults search(String query) throws IOException {
        return index.search(SearchRequest.of(query));
    }

    private Set<String> keys(String query) {
        var keys = new HashSet<String>();
        all(index, query).forEach(h -> keys.add(h.planKey() + "/" + h.projectKey()));
        return keys;
    }

    @Test
    void aReadingInHiraganaFindsTheWordItReads() throws Exception {
        var results = search("しょうてんがい");
        assertThat(results.readings()).containsKey("しょうてんがい");
        assertThat(results.readings().get("しょうてんがい")).startsWith("商店街");
        assertThat(keys("しょうてんがい")).containsAll(keys("商店街")).isNotEmpty();
        assertThat(results.hits().get(0).nameHtml()).contains("商店街");
    }

    @Test
    void theSameReadingInKatakanaToo() throws Exception {
        assertThat(search("ショウテンガイ").readings().get("ショウテンガイ")).startsWith("商店街");
        assertThat(keys("ショウテンガイ")).isEqualTo(keys("しょうてんがい"));
    }

    @Test
    void swappedKanjiAreAnsweredWithMaybe() throws Exception {
        var results = search("事業継承");
        assertThat(results.total()).isZero();
        assertThat(results.suggestion()).isEqualTo("事業承継");
        assertThat(search(results.suggestion()).total()).isEqualTo(13);
    }

    @Test
    void aMissingLongVowelInKatakanaIsAnsweredWithMaybe() throws Exception {
        var results = search("インバンド");
        assertThat(results.total()).isZero();
        assertThat(results.suggestion()).isEqualTo("インバウンド");
    }

    @Test
    void aWordOfAnotherFieldStaysAMissWithoutSuggestion() throws Exception {
        var results = search("核融合発電");
        assertThat(results.total()).isZero();
        assertThat(results.suggestion()).isNull();
        assertThat(search("ぬぬぬぬ").suggestion()).isNull();
    }

    @Test
    void noSuggestionWhenTheWordFindsProjects() throws Exception {
        var results = search("事業承継");
        assertThat(results.total()).isEqualTo(13);
        assertThat(results.suggestion()).isNull();
        assertThat(results.readings()).isEmpty();
    }

    @Test
    void orFindsEitherWord() {
        var either = keys("創業 OR 起業");
        var union = new HashSet<>(keys("創業"));
        union.addAll(keys("起業"));
        assertThat(either).isEqualTo(union);
        assertThat(either.size()).isGreaterThan(keys("創業").size());
    }

    @Test
    void orIsAnOperatorOnlyInCapitalsBetweenWords() {
        // Lower-case "or" is a word like any other, and a leading OR joins nothing.
        assertThat(keys("OR 創業")).isEqualTo(keys("創業"));
    }

    @Test
    void aMinusLeavesOutTheProjectsWithTheWord() {
        var withSeminar = keys("創業 セミナー");
        var without = keys("創業 -セミナー");
        assertThat(without).doesNotContainAnyElementsOf(withSeminar);
        var all = new HashSet<>(without);
        all.addAll(withSeminar);
        assertThat(all).isEqualTo(keys("創業"));
        assertThat(without).isNotEmpty();
    }

    @Test
    void aMinusAloneLeavesOutFromEverything() {
        assertThat(keys("-セミナー").size() + keys("セミナー").size()).isEqualTo(286 + 59);
    }

    @Test
    void quotesKeepWordsTogether() {
        // Apart, both words anywhere; quoted, the phrase as written.
        var apart = keys("支援 事業");
        var together = keys("「支援事業」");
        assertThat(apart).containsAll(together);
        assertThat(together).isNotEmpty().hasSizeLessThan(apart.size());
        assertThat(keys("\"支援事業\"")).isEqualTo(together);
    }

    @Test
    void syntaxReadsWhatWasTyped() {
        var syntax = QuerySyntax.parse("創業 OR 起業 「経営 相談」 -セミナー");
        assertThat(syntax.groups()).containsExactly(java.util.List.of("創業", "起業"), java.util.List.of("経営 相談"));
        assertThat(syntax.excluded()).containsExactly("セミナー");
        assertThat(syntax.rewritten(t -> t)).isEqualTo("創業 OR 起業 \"経営 相談\" -セミナー");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneAndAChangeAsTwo() {
        assertThat(Vocabulary.distance("事業継承", "事業承継", 4)).isEqualTo(1);
        assertThat(Vocabulary.distance("事業継承", "事業継続", 4)).isEqualTo(2);
        assertThat(Vocabulary.distance("インバンド", "インバウンド", 4)).isEqualTo(2);
    }
}
