package jp.shinko.ingest.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.shinko.ingest.organization.DepartmentCell.Department;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import org.junit.jupiter.api.Test;

class OrganizationDirectoryTest {

    private static final Locality KUMAMOTO = new Locality("熊本市", "熊本県", List.of("くまもと"));
    private static final Locality KAGOSHIMA = new Locality("鹿児島市", "鹿児島県", List.of("かごしま"));

    @Test
    void aDepartmentCellSplitsAtSpacesAndAtMiddleDotsAfterADivision() {
        assertThat(DepartmentCell.parse("契約政策課 工事契約課").departments()).containsExactly(
                new Department("契約政策課", null), new Department("工事契約課", null));
        assertThat(DepartmentCell.parse("契約政策課 工事契約課・技術管理課").departments()).containsExactly(
                new Department("契約政策課", null), new Department("工事契約課", null),
                new Department("技術管理課", null));
        assertThat(DepartmentCell.parse("起業・新産業支援課").departments())
                .containsExactly(new Department("起業・新産業支援課", null));
        assertThat(DepartmentCell.parse("工事契約課").departments()).containsExactly(new Department("工事契約課", null));
    }

    @Test
    void anOfficePrintedAfterItsDivisionIsTheOfficeInsideIt() {
        assertThat(DepartmentCell.parse("農業政策課 農水ブランド戦略室").departments())
                .containsExactly(new Department("農水ブランド戦略室", "農業政策課"));
        // Listed with ・ the two are separate departments.
        assertThat(DepartmentCell.parse("農業政策課・農水ブランド戦略室").departments()).containsExactly(
                new Department("農業政策課", null), new Department("農水ブランド戦略室", null));
        var directory = new OrganizationDirectory(KUMAMOTO);
        assertThat(directory.departments("農業政策課 農水ブランド戦略室")).containsExactly(
                new Organization("農水ブランド戦略室", OrganizationKind.CITY_DEPARTMENT, "農業政策課"));
    }

    @Test
    void theSameBodySpelledDifferentlyIsOneOrganization() {
        var directory = new OrganizationDirectory(KAGOSHIMA);
        var first = directory.register(List.of("公益社団法人鹿", "児島県特産品協", "会"));
        assertThat(directory.register("公益社団法人鹿児\n島県特産品協会")).isSameAs(first);
        assertThat(directory.register("(公社)鹿児島県特産品協会")).isSameAs(first);
        assertThat(directory.register("㈱鹿児島ＴＬＯ")).isEqualTo(directory.register("(株)鹿児島TLO"));
        assertThat(directory.register("観光プロモーション課")).isSameAs(directory.register("鹿児島市観光プロモーション課"));
        assertThat(directory.register("県（産業立地課）")).isNotEqualTo(directory.register("県（雇用労政課）"));
        assertThat(directory.organizations()).extracting(Organization::name).containsExactly(
                "公益社団法人鹿児島県特産品協会", "㈱鹿児島ＴＬＯ", "観光プロモーション課", "県（産業立地課）", "県（雇用労政課）");
    }

    @Test
    void aDepartmentFirstSeenAloneLearnsItsParentLater() {
        var directory = new OrganizationDirectory(KUMAMOTO);
        directory.register("農水ブランド戦略室");
        directory.departments("農業政策課 農水ブランド戦略室");
        assertThat(directory.organizations()).containsExactly(
                new Organization("農水ブランド戦略室", OrganizationKind.CITY_DEPARTMENT, "農業政策課"));
        assertThat(directory.find("農水ブランド戦略室")).contains(directory.organizations().get(0));
    }

    @Test
    void everyDepartmentOfTheKumamotoListIsTheCitys() throws Exception {
        var lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("samples/kumamoto-chusho-plan-r6.txt"));
        var directory = new OrganizationDirectory(KUMAMOTO);
        lines.stream().map(l -> l.split("\t")).filter(c -> c.length == 4 && c[0].matches("★?\\(?\\d+\\)?"))
                .forEach(c -> directory.departments(c[2]));
        assertThat(directory.organizations()).extracting(Organization::name).containsExactly(
                "起業・新産業支援課", "商業金融課", "経済政策課", "企業立地推進課", "観光政策課", "誘致戦略課",
                "農水ブランド戦略室", "雇用対策課", "契約政策課", "工事契約課", "技術管理課");
        assertThat(directory.organizations()).allMatch(Organization::isCity);
    }
}
