package jp.shinko.ingest.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationNameTest {

    @Test
    void wrappedCellLinesJoinIntoOneName() {
        assertThat(OrganizationName.of(List.of("公益社団法人鹿", "児島県特産品協", "会")).canonical())
                .isEqualTo("公益社団法人鹿児島県特産品協会");
        assertThat(OrganizationName.of("県（中小企業支\n援課）").canonical()).isEqualTo("県（中小企業支援課）");
        assertThat(OrganizationName.of(List.of("鹿児島大学産", "学・地域共創セ", "ンター")).canonical())
                .isEqualTo("鹿児島大学産学・地域共創センター");
    }

    @Test
    void straySpacesInsideJapaneseAreDroppedButSpacesBetweenLatinWordsStay() {
        assertThat(OrganizationName.of("一般財団法人 熊本国際観光コンベンション協会").canonical())
                .isEqualTo("一般財団法人熊本国際観光コンベンション協会");
        assertThat(OrganizationName.of("鹿児島　商工会議所 ").canonical()).isEqualTo("鹿児島商工会議所");
        assertThat(OrganizationName.of("TAKUMI  NEXT 実行委員会").canonical()).isEqualTo("TAKUMI NEXT実行委員会");
        assertThat(OrganizationName.of(List.of("Kagoshima", "Bank")).canonical()).isEqualTo("Kagoshima Bank");
    }

    @Test
    void printedFormsSuchAsCircledKabuAreKeptAsPrinted() {
        assertThat(OrganizationName.of("㈱鹿児島ＴＬＯ").canonical()).isEqualTo("㈱鹿児島ＴＬＯ");
        assertThat(OrganizationName.of("ｶﾞｽﾄﾛﾉﾐｰ推進機構").canonical()).isEqualTo("ｶﾞｽﾄﾛﾉﾐｰ推進機構");
    }

    @Test
    void listMarkersAndRoleLabelsAreNotPartOfTheName() {
        assertThat(OrganizationName.of("１　鹿児島県四地区観光連絡協議会").canonical()).isEqualTo("鹿児島県四地区観光連絡協議会");
        assertThat(OrganizationName.of("（２）鹿児島県観光誘致促進協議会").canonical()).isEqualTo("鹿児島県観光誘致促進協議会");
        assertThat(OrganizationName.of("・イオン九州㈱").canonical()).isEqualTo("イオン九州㈱");
        assertThat(OrganizationName.of(List.of("一部委託機関：", "(公財)かごしま産", "業支援センター")).canonical())
                .isEqualTo("(公財)かごしま産業支援センター");
        assertThat(OrganizationName.of("委託先：(公財)か\nごしま産業支援\nセンター").canonical())
                .isEqualTo("(公財)かごしま産業支援センター");
        assertThat(OrganizationName.of("21世紀未来協会").canonical()).isEqualTo("21世紀未来協会");
    }

    @Test
    void theKeyMeetsWidthAbbreviationAndSpacingVariants() {
        assertThat(OrganizationName.of("㈱鹿児島ＴＬＯ").key()).isEqualTo("株式会社鹿児島TLO");
        assertThat(OrganizationName.of("(株) 鹿児島TLO").key()).isEqualTo("株式会社鹿児島TLO");
        assertThat(OrganizationName.of("(公社)鹿児島県\n貿易協会").key())
                .isEqualTo(OrganizationName.of("公益社団法人鹿児島県貿易協会").key());
        assertThat(OrganizationName.of("（公財）かごしま産業支援センター").key()).isEqualTo("公益財団法人かごしま産業支援センター");
    }
}
