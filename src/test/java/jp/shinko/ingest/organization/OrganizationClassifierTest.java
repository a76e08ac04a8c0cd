package jp.shinko.ingest.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import org.junit.jupiter.api.Test;

class OrganizationClassifierTest {

    private static final Locality KAGOSHIMA = new Locality("鹿児島市", "鹿児島県", List.of("かごしま"));
    private static final Locality KUMAMOTO = new Locality("熊本市", "熊本県", List.of("くまもと"));

    private static Organization kagoshima(String printed) {
        return new OrganizationClassifier(KAGOSHIMA).classify(OrganizationName.of(printed));
    }

    private static OrganizationKind kind(String printed) {
        return kagoshima(printed).kind();
    }

    @Test
    void theCitysOwnDepartmentsAndOffices() {
        for (var name : List.of("産業支援課", "観光プロモーション課", "東京事務所", "アジア戦略室", "雇用推進課",
                "鹿児島市観光プロモーション課", "鹿児島市", "（市都市計画課）")) {
            assertThat(kind(name)).as(name).isEqualTo(OrganizationKind.CITY_DEPARTMENT);
        }
        assertThat(new OrganizationClassifier(KUMAMOTO).classify(OrganizationName.of("農水ブランド戦略室")).kind())
                .isEqualTo(OrganizationKind.CITY_DEPARTMENT);
    }

    @Test
    void thePrefectureAndItsDivisions() {
        assertThat(kagoshima("県（産業立地課）")).isEqualTo(
                new Organization("県（産業立地課）", OrganizationKind.PREFECTURE, "県"));
        assertThat(kagoshima("県（雇用労政課）")).isEqualTo(
                new Organization("県（雇用労政課）", OrganizationKind.PREFECTURE, "県"));
        assertThat(kagoshima("県港湾空港課")).isEqualTo(new Organization("県港湾空港課", OrganizationKind.PREFECTURE, "県"));
        assertThat(kagoshima("鹿児島県")).isEqualTo(new Organization("鹿児島県", OrganizationKind.PREFECTURE, null));
        assertThat(kagoshima("県")).isEqualTo(new Organization("県", OrganizationKind.PREFECTURE, null));
        assertThat(kagoshima("熊本県商工政策課")).isEqualTo(
                new Organization("熊本県商工政策課", OrganizationKind.PREFECTURE, "熊本県"));
    }

    @Test
    void chambersBanksUniversitiesAndNationalAgencies() {
        assertThat(kind("鹿児島商工会議所")).isEqualTo(OrganizationKind.CHAMBER_OF_COMMERCE);
        assertThat(kind("鹿児島県商工会（かごしま市商工会）")).isEqualTo(OrganizationKind.CHAMBER_OF_COMMERCE);
        assertThat(kind("鹿児島県商工会連合会")).isEqualTo(OrganizationKind.CHAMBER_OF_COMMERCE);
        assertThat(kind("鹿児島信用金庫")).isEqualTo(OrganizationKind.FINANCIAL_INSTITUTION);
        assertThat(kind("南日本銀行")).isEqualTo(OrganizationKind.FINANCIAL_INSTITUTION);
        assertThat(kind("鹿児島興業信用組合")).isEqualTo(OrganizationKind.FINANCIAL_INSTITUTION);
        assertThat(kind("日本政策金融公庫")).isEqualTo(OrganizationKind.FINANCIAL_INSTITUTION);
        assertThat(kind("鹿児島大学")).isEqualTo(OrganizationKind.UNIVERSITY);
        assertThat(kind("鹿児島大学産学・地域共創センター")).isEqualTo(OrganizationKind.UNIVERSITY);
        assertThat(kind("ジェトロ")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("ジェトロ鹿児島")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("中小機構")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("独立行政法人中小企業基盤整備機構")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("中小企業基盤整備機構")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("国立研究開発法人新エネルギー・産業技術総合開発機構")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("ＪＳＴ")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("鹿児島労働局")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("国")).isEqualTo(OrganizationKind.NATIONAL_AGENCY);
        assertThat(kind("国際交流課")).isEqualTo(OrganizationKind.CITY_DEPARTMENT);
    }

    @Test
    void associationsEvenWithTheCityAsSecretariat() {
        assertThat(kind("公益社団法人鹿児島県特産品協会")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("(公社)鹿児島県貿易協会")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("(公財)かごしま産業支援センター")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("（公財）鹿児島市中小企業勤労者福祉サービスセンター")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("鹿児島観光コンベンション協会")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("九州縦断観光ルート協議会")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("鹿児島市観光未来戦略推進協議会（鹿児島市観光プロモーション課）"))
                .isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("かごしまの新特産品コンクール実行委員会（鹿児島市 鹿児島県 (公社)鹿児島県特産品協会）"))
                .isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("県職業能力開発協会")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("NPO法人かごしま起業家交流協会")).isEqualTo(OrganizationKind.ASSOCIATION);
        assertThat(kind("アジア太平洋都市観光振興機構")).isEqualTo(OrganizationKind.ASSOCIATION);
    }

    @Test
    void companiesAndBodiesNamedAfterThePlaceAreOther() {
        assertThat(kind("㈱鹿児島ＴＬＯ")).isEqualTo(OrganizationKind.OTHER);
        assertThat(kind("イオン九州㈱")).isEqualTo(OrganizationKind.OTHER);
        assertThat(kind("株式会社まちづくり鹿児島")).isEqualTo(OrganizationKind.OTHER);
        // Named after the place, not the city: a body outside the city's chart (here a national office).
        assertThat(kind("鹿児島港湾・空港整備事務所")).isEqualTo(OrganizationKind.OTHER);
        assertThat(kind("かごしま産業支援センター")).isEqualTo(OrganizationKind.OTHER);
        assertThat(kind("中小企業支援機関")).isEqualTo(OrganizationKind.OTHER);
    }
}
