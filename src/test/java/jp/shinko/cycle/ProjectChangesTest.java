package jp.shinko.cycle;

import java.util.Set;
import java.util.stream.Collectors;
import jp.shinko.audit.Actor;
import jp.shinko.audit.AuditEntry;
import jp.shinko.audit.AuditTrail;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.command.Message;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.Amount;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.YearFlag;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import static jp.shinko.cycle.CycleFixture.COORDINATOR;
import static jp.shinko.cycle.CycleFixture.KUMAMOTO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kumamoto's FY2025 round: opened from FY2024 (a list without outlooks), then the project changes
 * a round allows: a new project, a rename keeping the former name, an end, and a merge. The plan's
 * content stays loadable (and valid) after each.
 */
@CycleServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectChangesTest {

    private static final FiscalYear FY2025 = FiscalYear.of(2025);
    private static final Actor STARTUPS = CycleFixture.actor("startups", Role.ORG_EDITOR,
            new Membership(KUMAMOTO, "起業・新産業支援課"));

    @Autowired PlanRepository plans;
    @Autowired RoundQueries queries;
    @Autowired RegisterProject register;
    @Autowired RenameProject rename;
    @Autowired EndProject end;
    @Autowired MergeProject merge;
    @Autowired AuditTrail audit;

    @BeforeAll
    void openKumamoto(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                      @Autowired OpenFiscalYear open) {
        CycleFixture.importSamplesAndUsers(imports, addUser, accounts);
        assertThat(open.run(COORDINATOR, KUMAMOTO, FY2025)).isEqualTo(Outcome.done("year.opened", 2025, 59, 59));
    }

    private RoundRecord record(String key) {
        return queries.record(KUMAMOTO, FY2025, key).orElseThrow();
    }

    @Test
    @Order(1)
    void aListWithoutOutlooksCarriesEveryProjectFlaggedToTheirDepartments() {
        var records = queries.records(queries.round(KUMAMOTO, FY2025).orElseThrow());
        assertThat(records).hasSize(59).allSatisfy(r -> assertThat(r.carryNote()).isEqualTo(CarryNote.NO_OUTLOOK));
        var perOrganization = records.stream()
                .collect(Collectors.groupingBy(RoundRecord::organization, Collectors.counting()));
        assertThat(perOrganization).containsEntry("雇用対策課", 15L).containsEntry("経済政策課", 11L)
                .containsEntry("起業・新産業支援課", 5L).containsEntry("誘致戦略課", 1L).hasSize(10);
        // FY2024's budget is last year's figure to look at; FY2024 printed no settlement.
        var first = record("成長産業創出支援事業");
        assertThat(first.hasPreviousYear()).isTrue();
        assertThat(first.previousSettled()).isNull();
    }

    @Test
    @Order(2)
    void anEditorRegistersANewProjectForTheirOwnOrganizationOnly() {
        var form = new NewProject("スタートアップ海外展開支援事業", "起業・新産業支援課", "1/①", "海外展開を目指す創業者を支援する。");
        var outcome = register.run(STARTUPS, KUMAMOTO, FY2025, form);
        assertThat(outcome).isEqualTo(new Outcome.Done(Message.of("project.registered", "スタートアップ海外展開支援事業"),
                "new-2025-1"));
        var created = record("new-2025-1");
        assertThat(created.organization()).isEqualTo("起業・新産業支援課");
        assertThat(created.flags()).containsExactly(YearFlag.NEW);
        assertThat(created.carryNote()).isEqualTo(CarryNote.NEW_PROJECT);
        assertThat(created.hasPreviousYear()).isFalse();
        var project = plans.loadIncludingDrafts(KUMAMOTO).orElseThrow().project("new-2025-1").orElseThrow();
        assertThat(project.period().start()).isEqualTo(FY2025);
        assertThat(project.period().printed()).isEqualTo("R7年度～");
        assertThat(project.departments()).containsExactly("起業・新産業支援課");

        var elsewhere = new NewProject("別課の事業", "雇用対策課", "1/①", "");
        assertThat(register.run(STARTUPS, KUMAMOTO, FY2025, elsewhere)).isInstanceOf(Outcome.Denied.class);
        var invalid = register.run(STARTUPS, KUMAMOTO, FY2025,
                new NewProject("成長産業創出支援事業", "起業・新産業支援課", "9/⑨", ""));
        assertThat(((Outcome.Invalid) invalid).problems()).containsExactly(
                Problem.of("name", "name.duplicate", "成長産業創出支援事業"), Problem.of("node", "node.unknown"));
    }

    @Test
    @Order(3)
    void aRenameKeepsTheFormerNameAndWaitsForPublication() {
        assertThat(rename.run(STARTUPS, KUMAMOTO, FY2025, "成長産業創出支援事業", "成長産業創出・育成支援事業"))
                .isEqualTo(Outcome.done("project.renamed", "成長産業創出支援事業", "成長産業創出・育成支援事業"));
        var renamed = record("成長産業創出支援事業");
        assertThat(renamed.projectName()).isEqualTo("成長産業創出・育成支援事業");
        assertThat(renamed.formerNames()).containsExactly("成長産業創出支援事業");
        // The public sees the published name until the year is published.
        var project = plans.load(KUMAMOTO).orElseThrow().project("成長産業創出支援事業").orElseThrow();
        assertThat(project.name()).isEqualTo("成長産業創出支援事業");
        assertThat(project.formerNames()).isEmpty();
        // Another project cannot take the waiting name.
        assertThat(rename.run(STARTUPS, KUMAMOTO, FY2025, "大学連携型起業家支援経費", "成長産業創出・育成支援事業"))
                .isEqualTo(Outcome.invalid(java.util.List.of(Problem.of("name", "name.duplicate", "成長産業創出・育成支援事業"))));
    }

    @Test
    @Order(4)
    void anEndedProjectHasNoBudgetThisYearAndIsNotCarriedFurther() {
        var key = "大学連携型起業家支援経費";
        assertThat(end.run(STARTUPS, KUMAMOTO, FY2025, key, record(key).version(), true))
                .isEqualTo(Outcome.done("project.ended", 2024));
        var ended = record(key);
        assertThat(ended.budget()).isEqualTo(Amount.none());
        assertThat(ended.outlook()).isEqualTo("事業終了");
        assertThat(ended.content()).isEqualTo("（令和6年度で事業終了）");
        // The project's last year is set when the year is published.
        assertThat(plans.load(KUMAMOTO).orElseThrow().project(key).orElseThrow().period().end()).isNull();
        assertThat(audit.forProject(KUMAMOTO, key)).extracting(AuditEntry::field)
                .contains("periodEnd", "budget", "content", "outlook");
    }

    @Test
    @Order(5)
    void aMergedProjectNamesTheProjectItJoined() {
        var key = "地域スタートアップ等支援事業";
        assertThat(merge.run(STARTUPS, KUMAMOTO, FY2025, key, record(key).version(), "創業者チャレンジ支援・育成事業"))
                .isEqualTo(Outcome.done("project.merged", "創業者チャレンジ支援・育成事業"));
        var merged = record(key);
        assertThat(merged.mergedInto()).isEqualTo("創業者チャレンジ支援・育成事業");
        assertThat(merged.content()).isEqualTo("「創業者チャレンジ支援・育成事業」と統合して実施");
        assertThat(merged.outlook()).isEqualTo("事業終了");
        assertThat(merge.run(STARTUPS, KUMAMOTO, FY2025, "くまもと森都心プラザ管理運営経費",
                record("くまもと森都心プラザ管理運営経費").version(), "ない事業"))
                .isEqualTo(Outcome.invalid(java.util.List.of(Problem.of("into", "merge.target-unknown"))));
    }

    @Test
    @Order(6)
    void aStaleVersionChangesNothing() {
        var key = "くまもと森都心プラザ管理運営経費";
        int stale = record(key).version() - 1;
        assertThat(end.run(STARTUPS, KUMAMOTO, FY2025, key, stale, false)).isEqualTo(Outcome.refused("record.changed"));
        assertThat(record(key).outlook()).isNull();
    }

    @Test
    @Order(7)
    void thePlanContentStillLoadsWithTheRoundsChanges() {
        var content = plans.loadIncludingDrafts(KUMAMOTO).orElseThrow();
        assertThat(content.projects()).hasSize(60);
        assertThat(content.yearRecords().stream().filter(r -> r.year().equals(FY2025)).count()).isEqualTo(60);
        assertThat(content.placements().stream().filter(p -> p.projectKey().equals("new-2025-1")))
                .singleElement().satisfies(p -> assertThat(p.primary()).isTrue());
        assertThat(Set.copyOf(content.years())).containsExactlyInAnyOrder(FiscalYear.of(2024), FY2025);
    }

    @Test
    @Order(8)
    void thePublishedContentLeavesOutTheOpenRoundsDrafts() {
        var content = plans.load(KUMAMOTO).orElseThrow();
        assertThat(content.projects()).hasSize(59);
        assertThat(content.project("new-2025-1")).isEmpty();
        assertThat(content.placements()).hasSize(63);
        assertThat(content.years()).containsExactly(FiscalYear.of(2024));
    }
}
