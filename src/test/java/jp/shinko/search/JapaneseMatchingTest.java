package jp.shinko.search;

import static jp.shinko.search.TextPlans.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** How Japanese text is matched: words, not substrings; width, kana and long vowels do not matter. */
class JapaneseMatchingTest {

    @Test
    void kyotoMatchesKyotoFuButNotTokyoTo() throws IOException {
        var index = TextPlans.index(Map.of(
                "首都圏商談会", "東京都で開催する商談会に出展する。",
                "関西商談会", "京都府で開催する商談会に出展する。"));
        assertThat(names(index, "京都")).containsExactly("関西商談会");
        assertThat(names(index, "東京都")).containsExactly("首都圏商談会");
        assertThat(names(index, "東京")).containsExactly("首都圏商談会");
        assertThat(names(index, "商談会")).hasSize(2);
    }

    @Test
    void longVowelMarksAtTheEndOfKatakanaWordsDoNotMatter() throws IOException {
        var index = TextPlans.index(Map.of(
                "情報基盤整備事業", "庁内サーバーを更新する。",
                "人材育成事業", "コンピュータ研修を行う。"));
        assertThat(names(index, "サーバ")).containsExactly("情報基盤整備事業");
        assertThat(names(index, "サーバー")).containsExactly("情報基盤整備事業");
        assertThat(names(index, "コンピューター")).containsExactly("人材育成事業");
    }

    @Test
    void fullWidthLettersDigitsAndSpacesAreTheirHalfWidthSelves() throws IOException {
        var index = TextPlans.index(Map.of("ＩｏＴ導入支援事業", "ＩｏＴ機器の導入経費を補助する（上限１００万円）。"));
        assertThat(names(index, "IoT")).containsExactly("ＩｏＴ導入支援事業");
        assertThat(names(index, "iot")).containsExactly("ＩｏＴ導入支援事業");
        assertThat(names(index, "100万円")).containsExactly("ＩｏＴ導入支援事業");
    }

    @Test
    void normalizationKeepsOffsetsInTheOriginalText() throws IOException {
        // ｲﾝﾊﾞｳﾝﾄﾞ is 8 characters but 6 after NFKC; ㈱ is 1 character but 3 after it.
        var text = "ｲﾝﾊﾞｳﾝﾄﾞ対策㈱鹿児島";
        var tokens = tokens(new JapaneseTextAnalyzer(), text);
        assertThat(tokens).contains("インバウンド[0,8]", "対策[8,10]", "鹿児島[11,14]");
        assertThat(tokens(new BigramAnalyzer(), text)).contains("^イン[0,2]", "ンド$[5,8]", "^鹿児[11,13]")
                // 株 has no original of its own inside ㈱: an empty range at its start, never a wrong one.
                .contains("株[10,10]");
    }

    @Test
    void bigramsMarkWordBoundariesFoundByKuromoji() throws IOException {
        assertThat(tokens(new BigramAnalyzer(), "東京都")).containsExactly(
                "東京[0,2]", "^東京[0,2]", "東京$[0,2]", "^東京$[0,2]", "京都[1,3]", "京都$[1,3]");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("f", new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
            }
            stream.end();
        }
        return tokens;
    }
}
