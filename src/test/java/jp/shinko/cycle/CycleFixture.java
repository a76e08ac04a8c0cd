package jp.shinko.cycle;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;

/** Users and data the round's tests share: the Kagoshima sample, and one user per role. */
public final class CycleFixture {

    public static final String KAGOSHIMA = "kagoshima-shokogyo";
    public static final String KUMAMOTO = "kumamoto-chusho";
    public static final FiscalYear FY2021 = FiscalYear.of(2021);
    public static final String PASSWORD = "correct horse battery staple";
    /** 東京事務所 answers for five Kagoshima projects (8, 70, 71, 72, 170), 国際交流課 for three (65, 66, 67). */
    public static final String TOKYO_OFFICE = "東京事務所";
    public static final String INTERNATIONAL = "国際交流課";

    private CycleFixture() {
    }

    public static void importSamples(ImportDocuments imports) {
        imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
    }

    /**
     * The shared web tests' data, made once however many test classes ask: both samples, the users,
     * and Kagoshima's FY2021 round open.
     */
    public static synchronized void prepare(ImportDocuments imports, AddUser addUser, Accounts accounts,
                                            OpenFiscalYear open) {
        if (accounts.find("coordinator").isPresent()) {
            return;
        }
        importSamplesAndUsers(imports, addUser, accounts);
        assertThat(open.run(COORDINATOR, KAGOSHIMA, FY2021)).isInstanceOf(Outcome.Done.class);
    }

    /** Both samples and the users, once per database. */
    public static synchronized void importSamplesAndUsers(ImportDocuments imports, AddUser addUser, Accounts accounts) {
        if (accounts.find("coordinator").isEmpty()) {
            importSamples(imports);
            addUsers(addUser);
        }
    }

    /** admin, coordinator, tokyo (editor of 東京事務所), intl (editor of 国際交流課), viewer. */
    public static void addUsers(AddUser addUser) {
        add(addUser, "admin", Role.ADMIN, Set.of());
        add(addUser, "coordinator", Role.COORDINATOR, Set.of());
        add(addUser, "tokyo", Role.ORG_EDITOR, Set.of(new Membership(KAGOSHIMA, TOKYO_OFFICE)));
        add(addUser, "intl", Role.ORG_EDITOR, Set.of(new Membership(KAGOSHIMA, INTERNATIONAL)));
        add(addUser, "viewer", Role.VIEWER, Set.of());
    }

    private static void add(AddUser addUser, String name, Role role, Set<Membership> memberships) {
        var outcome = addUser.run(Actor.commandLine(), new NewUser(name, name, role, memberships, PASSWORD, false));
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
    }

    public static Actor actor(String name, Role role, Membership... memberships) {
        return new Actor(name, role, Set.of(memberships));
    }

    public static final Actor COORDINATOR = actor("coordinator", Role.COORDINATOR);
    public static final Actor TOKYO = actor("tokyo", Role.ORG_EDITOR, new Membership(KAGOSHIMA, TOKYO_OFFICE));
    public static final Actor INTL = actor("intl", Role.ORG_EDITOR, new Membership(KAGOSHIMA, INTERNATIONAL));
    public static final Actor VIEWER = actor("viewer", Role.VIEWER);
    public static final Actor ADMIN = actor("admin", Role.ADMIN);

    /** A complete form for a record: budget, content, outlook, and last year's settlement and ○. */
    public static RecordForm completeForm(int version) {
        return new RecordForm("１，２００", "800", "首都圏でのフェア開催", "○", "", "継続予定", "",
                false, false, false, version, "");
    }

    /** A complete form whose last year's settlement is ― (no money), so no rule about it can refuse a submit. */
    public static RecordForm completeFormWithoutSettlement(int version) {
        return new RecordForm("１，２００", "―", "首都圏でのフェア開催", "○", "", "継続予定", "",
                false, false, false, version, "");
    }

    /** A complete form without money (―), so that no consistency rule refuses it whatever last year said. */
    public static RecordForm moneyFreeForm(int version) {
        return new RecordForm("―", "―", "事業を実施", "○", "", "継続予定", "", false, false, false, version, "");
    }

    public static final String H2 = "jdbc:h2:mem:%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
}
