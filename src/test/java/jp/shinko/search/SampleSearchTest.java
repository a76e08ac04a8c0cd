package jp.shinko.search;

import static jp.shinko.search.SampleIndex.KAGOSHIMA;
import static jp.shinko.search.SampleIndex.KUMAMOTO;
import static jp.shinko.search.SampleIndex.all;
import static jp.shinko.search.SampleIndex.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Searching both real sample documents, Kagoshima 資料３ and Kumamoto 事業一覧, for the words users type. */
class SampleSearchTest {

    private final ProjectIndex index = SampleIndex.shared();

    @Test
    void bothSamplesAreIndexedOneDocumentPerProject() throws Exception {
        assertThat(index.size()).isEqualTo(286 + 59);
        assertThat(index.plans()).containsExactly(KAGOSHIMA, KUMAMOTO);
    }

    @Test
    void jigyoShokeiFindsKumamotosSupportProjectAndKagoshimasSuccessionProjects() {
        var hits = all(index, "事業承継");
        assertThat(hits).hasSize(13);
        assertThat(names(hits, KUMAMOTO)).containsExactly("事業承継・引継ぎ支援事業", "利子補給金");
        // Every Kagoshima project named for 事業承継, then those that only mention it, after them.
        assertThat(names(hits, KAGOSHIMA).subList(0, 7)).containsExactlyInAnyOrder(
                "ベンチャー型事業承継推進事業", "事業承継円滑化支援", "事業承継相談ネットワーク", "事業承継セミナー",
                "中小企業経営バックアップ事業事業承継支援", "事業承継等コンサルティング推進事業",
                "プッシュ型事業承継支援強化事業");
        assertThat(names(hits, KAGOSHIMA).subList(7, 11)).containsExactlyInAnyOrder(
                "かしん経営者フォーラム", "かしん経営相談室", "鹿児島県事業引継ぎ支援センター事業",
                "新規創業者等育成支援事業（セミナー等開催、特定創業支援等事業）");
    }

    @Test
    void inboundFindsKumamotosInboundProjectAndKagoshimasInboundTourismProjects() {
        var hits = all(index, "インバウンド");
        assertThat(names(hits, KUMAMOTO)).containsExactly("インバウンド誘客対策経費");
        assertThat(names(hits, KAGOSHIMA)).containsExactly("インバウンド対策事業",
                "首都圏での情報発信！国際空港等を活用したインバウンド対策事業",
                "ＷＥＢ産業観光発信", "グリーン・ツーリズム推進事業");
        // Names first: the three projects named for it outrank the two that mention it.
        assertThat(hits.subList(0, 3)).extracting(SearchHit::name).allMatch(n -> n.contains("インバウンド"));
    }

    @Test
    void semiconductorFindsTheAttractionProject() {
        assertThat(all(index, "半導体")).extracting(SearchHit::name).containsExactly("半導体関連企業誘致強化事業");
    }

    @Test
    void sogyoFindsKumamotosChallengeProjectAndKagoshimasStartUpProjects() {
        var hits = all(index, "創業");
        assertThat(hits).hasSize(24);
        assertThat(names(hits, KUMAMOTO)).containsExactly("創業者チャレンジ支援・育成事業", "くまもと森都心プラザ管理運営経費");
        assertThat(names(hits, KAGOSHIMA)).hasSize(22).containsAll(List.of(
                "創業・経営革新支援セミナー", "中小製造業者創業・新分野進出等支援事業", "創業者テナントマッチング事業",
                "商人塾 創業塾", "創業応援メール", "新規創業者等育成支援事業（セミナー等開催、特定創業支援等事業）",
                "中小企業連携組織等支援事業（組合等連携強化指導事業（創業・起業・新分野））", "創業促進事業",
                "経営指導員・専門家等によるハンズオン支援（鹿児島市特定創業支援事業）", "新規創業者等育成支援業務の受託",
                // 創業 in the summary or the year's content only
                "そうしんアグリビジネスプランコンテスト", "ソーシャルビジネス促進事業", "専門家派遣事業",
                "中小企業資金融資事業", "新規開業支援利子補給金交付事業", "かしん経営相談室",
                "中小企業・小規模事業者ワンストップ総合支援事業（ミラサポ）", "女性・学生・シニア起業チャレンジ支援事業",
                "そうしん食の起業家アカデミー", "ソーホーかごしま管理運営事業"));
    }

    @Test
    void fullWidthAndHalfWidthDxFindTheSameAccelerationProject() {
        var fullWidth = all(index, "ＤＸ");
        assertThat(fullWidth).extracting(SearchHit::name).containsExactly("中小企業等DXアクセラレーション事業");
        assertThat(all(index, "DX")).isEqualTo(fullWidth);
        assertThat(all(index, "dx")).isEqualTo(fullWidth);
        assertThat(fullWidth.get(0).nameHtml()).isEqualTo("中小企業等<mark>DX</mark>アクセラレーション事業");
    }

    @Test
    void shotengaiFindsTheAttractivenessProjectAndItsPolicySibling() {
        var hits = all(index, "商店街");
        assertThat(names(hits, KUMAMOTO)).containsExactlyInAnyOrder(
                "商店街魅力向上総合事業", "商店街魅力向上総合事業（政策）", "商店街地域資源活用事業");
        assertThat(names(hits, KAGOSHIMA)).hasSize(16).contains("頑張る商店街支援事業", "明るい商店街づくり支援事業");
    }

    @Test
    void halfWidthKatakanaFindsWhatFullWidthFinds() {
        var fullWidth = all(index, "インバウンド");
        assertThat(all(index, "ｲﾝﾊﾞｳﾝﾄﾞ")).isEqualTo(fullWidth);
        assertThat(all(index, "ｽﾀｰﾄｱｯﾌﾟ")).isEqualTo(all(index, "スタートアップ")).hasSize(3);
        // Kagoshima prints some words in half-width katakana: both spellings find both spellings.
        var buyers = all(index, "バイヤー");
        assertThat(buyers).hasSize(8).isEqualTo(all(index, "ﾊﾞｲﾔｰ"));
        assertThat(buyers).extracting(SearchHit::name)
                .contains("海外ﾊﾞｲﾔｰの招へい及び海外商談会", "そうしん国内商談会（海外バイヤー招聘事業）");
    }

    @Test
    void hiraganaAndKatakanaSpellingsFindEachOther() {
        var hiragana = all(index, "ものづくり");
        assertThat(hiragana).hasSize(11).isEqualTo(all(index, "モノづくり"));
        assertThat(hiragana).extracting(SearchHit::name)
                .contains("ものづくり職人育成支援事業", "「きらり輝け！モノづくりセミナー」事業");
        // Words typed in hiragana find their katakana spelling (through the bigrams).
        assertThat(all(index, "いんばうんど")).extracting(SearchHit::projectKey)
                .containsExactlyElementsOf(all(index, "インバウンド").stream().map(SearchHit::projectKey).toList());
    }

    @Test
    void kyotoDoesNotMatchTokyoTo() {
        // The only 京都 in the samples is inside 東京都 (Kagoshima, 東京オリンピック・パラリンピック開催！…).
        assertThat(all(index, "京都")).isEmpty();
        assertThat(all(index, "東京都")).extracting(SearchHit::name)
                .containsExactly("東京オリンピック・パラリンピック開催！かごしま魅力発信事業");
    }

    @Test
    void aPartOfAWordIsNotAWord() {
        // インバウンド is one word of the domain dictionary: バウンド alone is not in it.
        assertThat(all(index, "バウンド")).isEmpty();
        // 承継 is a word of its own within 事業承継.
        assertThat(all(index, "承継")).hasSize(13);
    }

    @Test
    void severalWordsMustAllMatchAndRankHigherTogether() {
        var hits = all(index, "事業承継 セミナー");
        assertThat(hits).hasSize(7);
        assertThat(hits.get(0).name()).isEqualTo("事業承継セミナー");
        assertThat(all(index, "事業承継　セミナー")).isEqualTo(hits); // an ideographic space separates words too
    }

    @Test
    void matchesAreMarkedInTheOriginalTextEvenWhereItIsHalfWidth() {
        var greenTourism = all(index, "インバウンド").stream()
                .filter(h -> h.name().equals("グリーン・ツーリズム推進事業")).findFirst().orElseThrow();
        assertThat(greenTourism.snippet().field()).isEqualTo(SearchField.CONTENT);
        assertThat(greenTourism.snippet().year()).hasToString("FY2019");
        assertThat(greenTourism.snippet().html()).contains("<mark>ｲﾝﾊﾞｳﾝﾄﾞ</mark>受入研修会の開催");
    }

    @Test
    void formerNamesAndExpansionNotesAreSearchedToo() {
        var renamed = all(index, "観光かごしまプロモーション事業");
        assertThat(renamed).extracting(SearchHit::name).containsExactly("メディア等活用宣伝事業");
        assertThat(renamed.get(0).snippet().field()).isEqualTo(SearchField.FORMER_NAMES);
        assertThat(renamed.get(0).snippet().html()).isEqualTo("<mark>観光かごしまプロモーション事業</mark>");

        var crowdfunding = all(index, "クラウドファンディング");
        assertThat(crowdfunding).extracting(SearchHit::projectKey).containsExactlyInAnyOrder("4", "113", "149", "158");
        // №149 mentions it only in its FY2020 expansion note (拡充要素).
        var madeInKagoshima = crowdfunding.stream().filter(h -> h.projectKey().equals("149")).findFirst().orElseThrow();
        assertThat(madeInKagoshima.snippet().field()).isEqualTo(SearchField.EXPANSION_NOTE);
        assertThat(madeInKagoshima.snippet().year()).hasToString("FY2020");
        assertThat(madeInKagoshima.snippet().html()).contains("補助対象経費に<mark>クラウドファンディング</mark>に係る手数料を追加");
    }

    @Test
    void organizationsAreSearchedAndShownWhereTheyMatch() {
        var hits = all(index, "鹿児島信用金庫");
        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.planKey()).isEqualTo(KAGOSHIMA));
        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.snippet().field()).isEqualTo(SearchField.ORGANIZATIONS);
            assertThat(hit.snippet().html()).isEqualTo("<mark>鹿児島信用金庫</mark>");
        });
    }
}
