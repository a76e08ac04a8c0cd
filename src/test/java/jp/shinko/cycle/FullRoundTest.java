package jp.shinko.cycle;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.audit.AuditTrail;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static jp.shinko.cycle.CycleFixture.COORDINATOR;
import static jp.shinko.cycle.CycleFixture.FY2021;
import static jp.shinko.cycle.CycleFixture.INTL;
import static jp.shinko.cycle.CycleFixture.KAGOSHIMA;
import static jp.shinko.cycle.CycleFixture.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The whole round on the Kagoshima sample: open FY2021 from FY2020's outlooks, editors fill in and
 * submit, the coordinator returns and approves, publishes, and later corrects a published record.
 * The steps build on each other, so they run in order on one database.
 */
@CycleServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullRoundTest {

    @Autowired PlanRepository plans;
    @Autowired OpenFiscalYear open;
    @Autowired UpdateYearRecord update;
    @Autowired SubmitYearRecord submit;
    @Autowired ReturnYearRecord returnRecord;
    @Autowired ApproveYearRecord approve;
    @Autowired PublishFiscalYear publish;
    @Autowired CorrectPublishedRecord correct;
    @Autowired RoundQueries queries;
    @Autowired AuditTrail audit;
    @Autowired RenameProject rename;
    @Autowired jp.shinko.compare.Comparisons comparisons;

    private static final String NAME_71 = "首都圏での情報発信！国際空港等を活用したインバウンド対策事業";

    @BeforeAll
    void importSample(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts) {
        CycleFixture.importSamplesAndUsers(imports, addUser, accounts);
    }

    private RoundRecord record(String projectKey) {
        return queries.record(KAGOSHIMA, FY2021, projectKey).orElseThrow();
    }

    @Test
    @Order(1)
    void openingFy2021CreatesADraftForEveryProjectWhoseFy2020OutlookIsNotEnded() {
        var content = plans.load(KAGOSHIMA).orElseThrow();
        long expected = content.yearRecords().stream()
                .filter(r -> r.year().equals(FiscalYear.of(2020)))
                .filter(r -> !"事業終了".equals(r.outlook()))
                .count();
        assertThat(expected).isEqualTo(261);

        var outcome = open.run(COORDINATOR, KAGOSHIMA, FY2021);

        assertThat(outcome).isEqualTo(Outcome.done("year.opened", 2021, 261, 46));
        var round = queries.round(KAGOSHIMA, FY2021).orElseThrow();
        var records = queries.records(round);
        assertThat(records).hasSize(261)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RecordStatus.DRAFT))
                .allSatisfy(r -> assertThat(r.started()).isFalse());
        var notes = records.stream().filter(r -> r.carryNote() != null)
                .collect(Collectors.groupingBy(RoundRecord::carryNote, Collectors.counting()));
        assertThat(notes).isEqualTo(Map.of(CarryNote.NO_OUTLOOK, 26L, CarryNote.UNDECIDED, 18L,
                CarryNote.PERIOD_ENDED, 2L));
        // Project 1 (未定: 別の事業と統合して実施) is carried over and flagged; no ended project is.
        assertThat(record("1").carryNote()).isEqualTo(CarryNote.UNDECIDED);
        assertThat(queries.record(KAGOSHIMA, FY2021, firstEndedProject(content.yearRecords()))).isEmpty();
    }

    private static String firstEndedProject(java.util.List<YearRecord> records) {
        return records.stream().filter(r -> r.year().year() == 2020 && "事業終了".equals(r.outlook()))
                .findFirst().orElseThrow().projectKey();
    }

    @Test
    @Order(2)
    void draftsAreAssignedToTheImplementerAndPrefilledFromLastYear() {
        var tokyo = queries.recordsFor(queries.round(KAGOSHIMA, FY2021).orElseThrow(), TOKYO);
        assertThat(tokyo).extracting(RoundRecord::projectKey).containsExactly("8", "70", "71", "72", "170");
        var fair = record("8");
        assertThat(fair.organization()).isEqualTo("東京事務所");
        assertThat(fair.projectName()).isEqualTo("首都圏における“食の都かごしま”プロモーション事業");
        // FY2020's outlook was 拡充: FY2021 starts flagged 拡充; its content is FY2020's, to be rewritten.
        assertThat(fair.flags()).containsExactly(YearFlag.EXPANDED);
        assertThat(fair.content()).startsWith("・“食の都かごしま”フェアの開催（時期未定）");
        assertThat(fair.budget()).isEqualTo(Amount.notStated());
        assertThat(fair.hasPreviousYear()).isTrue();
        assertThat(fair.previousSettled()).isNull();
        assertThat(queries.previousYear(fair).orElseThrow().budget()).isEqualTo(Amount.ofThousandYen(6844));
    }

    @Test
    @Order(3)
    void anIncompleteDraftCannotBeSubmittedAndSaysWhatIsMissing() {
        var blank = new RecordForm("", "", "", "", "", "", "", false, true, false, record("70").version(), "");
        var outcome = submit.run(TOKYO, KAGOSHIMA, FY2021, "70", blank);
        assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
        assertThat(((Outcome.Invalid) outcome).problems()).extracting(Problem::field)
                .containsExactly("budget", "content", "outlook", "evaluation", "previousSettled");
        assertThat(record("70").status()).isEqualTo(RecordStatus.DRAFT);
        assertThat(record("70").started()).isFalse();
    }

    @Test
    @Order(4)
    void editorsFillInAndSubmitTheCoordinatorReturnsAndTheEditorResubmits() {
        var saved = update.run(TOKYO, KAGOSHIMA, FY2021, "8", new RecordForm("７，５００", "5,980", "フェア開催（2月）",
                "", "102.5", "拡充予定", "出展先の追加", false, true, false, record("8").version(), ""));
        assertThat(saved).isEqualTo(Outcome.done("record.saved"));
        var fair = record("8");
        assertThat(fair.budget()).isEqualTo(Amount.ofThousandYen(7500));
        assertThat(fair.previousSettled()).isEqualTo(Amount.ofThousandYen(5980));
        assertThat(fair.previousEvaluation()).isEqualTo(Evaluation.of("◎"));
        assertThat(fair.started()).isTrue();
        assertThat(fair.updatedBy()).isEqualTo("tokyo");

        assertThat(submit.run(TOKYO, KAGOSHIMA, FY2021, "8", RecordForm.of(fair))).isEqualTo(Outcome.done("record.submitted"));
        assertThat(record("8").status()).isEqualTo(RecordStatus.SUBMITTED);
        // Under review, the editor can change nothing.
        assertThat(update.run(TOKYO, KAGOSHIMA, FY2021, "8", RecordForm.of(record("8"))))
                .isEqualTo(Outcome.refused("record.not-editable", "SUBMITTED"));

        assertThat(returnRecord.run(COORDINATOR, KAGOSHIMA, FY2021, "8", record("8").version(), " "))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(returnRecord.run(COORDINATOR, KAGOSHIMA, FY2021, "8", record("8").version(), "決算額を確認してください"))
                .isEqualTo(Outcome.done("record.returned"));
        assertThat(record("8").status()).isEqualTo(RecordStatus.RETURNED);
        assertThat(record("8").returnComment()).isEqualTo("決算額を確認してください");

        var fixed = RecordForm.of(record("8"));
        fixed = new RecordForm(fixed.budget(), "5,721", fixed.content(), fixed.evaluation(), fixed.achievementRate(),
                fixed.outlook(), fixed.expansionNote(), false, true, false, fixed.version(), "");
        assertThat(submit.run(TOKYO, KAGOSHIMA, FY2021, "8", fixed)).isEqualTo(Outcome.done("record.submitted"));
        assertThat(approve.run(COORDINATOR, KAGOSHIMA, FY2021, "8", record("8").version()))
                .isEqualTo(Outcome.done("record.approved"));
        assertThat(record("8").status()).isEqualTo(RecordStatus.APPROVED);
        assertThat(record("8").previousSettled()).isEqualTo(Amount.ofThousandYen(5721));
    }

    @Test
    @Order(5)
    void anEditorCannotTouchAnotherOrganizationsRecord() {
        assertThat(update.run(INTL, KAGOSHIMA, FY2021, "70", CycleFixture.completeForm(record("70").version())))
                .isInstanceOf(Outcome.Denied.class);
        assertThat(approve.run(TOKYO, KAGOSHIMA, FY2021, "8", record("8").version()))
                .isInstanceOf(Outcome.Denied.class);
    }

    @Test
    @Order(5)
    void whileTheRoundIsOpenThePublicSeesNoneOfItsDrafts(@Autowired MockMvc mvc,
                                                         @Autowired jp.shinko.search.ProjectSearch search)
            throws Exception {
        // Record 8 is approved with a FY2021 budget of 7,500, but the year is not published; 71 is renamed.
        assertThat(rename.run(TOKYO, KAGOSHIMA, FY2021, "71", "首都圏ネットワーク推進事業"))
                .isInstanceOf(Outcome.Done.class);
        search.reindex(KAGOSHIMA);
        assertThat(plans.load(KAGOSHIMA).orElseThrow().project("71").orElseThrow().name()).isEqualTo(NAME_71);
        assertThat(comparisons.projectThemes(KAGOSHIMA, "71").orElseThrow().name()).isEqualTo(NAME_71);
        assertThat(plans.load(KAGOSHIMA).orElseThrow().years()).containsExactly(FiscalYear.of(2019), FiscalYear.of(2020));
        mvc.perform(get("/api/v1/plans"))
                .andExpect(jsonPath("$[?(@.key=='kagoshima-shokogyo')].years.length()").value(2));
        mvc.perform(get("/api/v1/plans/" + KAGOSHIMA))
                .andExpect(jsonPath("$.years.length()").value(2));
        mvc.perform(get("/api/v1/plans/" + KAGOSHIMA + "/projects/8"))
                .andExpect(jsonPath("$.years[*].fiscalYear").value(org.hamcrest.Matchers.contains(2019, 2020)));
        mvc.perform(get("/api/v1/plans/" + KAGOSHIMA + "/projects").param("year", "2021"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/plans/" + KAGOSHIMA + "/projects/8"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("7,500"))));
        mvc.perform(get("/api/v1/search").param("q", "首都圏における“食の都かごしま”プロモーション事業"))
                .andExpect(jsonPath("$.hits[0].years[*].fiscalYear").value(org.hamcrest.Matchers.contains(2019, 2020)));
    }

    @Test
    @Order(6)
    void theYearIsPublishedOnlyWhenEveryRecordIsApproved() {
        assertThat(publish.run(COORDINATOR, KAGOSHIMA, FY2021)).isEqualTo(Outcome.refused("year.not-all-approved", 260));
        var round = queries.round(KAGOSHIMA, FY2021).orElseThrow();
        for (var record : queries.records(round)) {
            if (record.status() == RecordStatus.APPROVED) {
                continue;
            }
            var form = !record.hasPreviousYear()
                    ? new RecordForm("100", "", "内容", "", "", "継続予定", "", false, false, false, record.version(), "")
                    : record.projectKey().equals("70") ? CycleFixture.completeForm(record.version())
                    : CycleFixture.moneyFreeForm(record.version());
            assertThat(submit.run(COORDINATOR, KAGOSHIMA, FY2021, record.projectKey(), form))
                    .as(record.projectKey()).isEqualTo(Outcome.done("record.submitted"));
            assertThat(approve.run(COORDINATOR, KAGOSHIMA, FY2021, record.projectKey(),
                    record(record.projectKey()).version())).isEqualTo(Outcome.done("record.approved"));
        }

        assertThat(publish.run(COORDINATOR, KAGOSHIMA, FY2021)).isEqualTo(Outcome.done("year.published-now", 2021, 261));

        assertThat(queries.round(KAGOSHIMA, FY2021).orElseThrow().status()).isEqualTo(RoundStatus.PUBLISHED);
        var content = plans.load(KAGOSHIMA).orElseThrow();
        var fy2021 = content.yearRecords().stream().filter(r -> r.year().equals(FY2021)).toList();
        assertThat(fy2021).hasSize(261).allSatisfy(r -> assertThat(r.status()).isEqualTo(RecordStatus.APPROVED));
        Map<String, YearRecord> fy2020 = content.yearRecords().stream().filter(r -> r.year().year() == 2020)
                .collect(Collectors.toMap(YearRecord::projectKey, Function.identity()));
        // Last year's settlement and evaluation reported in the round land in FY2020's records.
        assertThat(fy2020.get("8").settled()).isEqualTo(Amount.ofThousandYen(5721));
        assertThat(fy2020.get("8").evaluation()).isEqualTo(Evaluation.of("◎"));
        assertThat(fy2020.get("70").settled()).isEqualTo(Amount.ofThousandYen(800));
        assertThat(fy2020.get("70").evaluation()).isEqualTo(Evaluation.of("○"));
        assertThat(fy2021.stream().filter(r -> r.projectKey().equals("8")).findFirst().orElseThrow().budget())
                .isEqualTo(Amount.ofThousandYen(7500));
    }

    @Test
    @Order(7)
    void oncePublishedTheYearIsPublicEverywhereIncludingSearch(@Autowired MockMvc mvc) throws Exception {
        var renamed = plans.load(KAGOSHIMA).orElseThrow().project("71").orElseThrow();
        assertThat(renamed.name()).isEqualTo("首都圏ネットワーク推進事業");
        assertThat(renamed.formerNames()).endsWith(NAME_71);
        // Themes and similar projects follow the publication too.
        assertThat(comparisons.projectThemes(KAGOSHIMA, "71").orElseThrow().name()).isEqualTo("首都圏ネットワーク推進事業");
        mvc.perform(get("/api/v1/plans/" + KAGOSHIMA + "/projects/8"))
                .andExpect(jsonPath("$.years[*].fiscalYear").value(org.hamcrest.Matchers.contains(2019, 2020, 2021)));
        mvc.perform(get("/api/v1/plans/" + KAGOSHIMA + "/projects").param("year", "2021"))
                .andExpect(jsonPath("$.total").value(259));
        mvc.perform(get("/plans/" + KAGOSHIMA + "/projects/8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("7,500")));
        // The index was brought up to date by the publication itself, after its commit.
        mvc.perform(get("/api/v1/search").param("q", "首都圏における“食の都かごしま”プロモーション事業"))
                .andExpect(jsonPath("$.hits[0].years[*].fiscalYear").value(org.hamcrest.Matchers.contains(2019, 2020, 2021)));
    }

    @Test
    @Order(8)
    void aPublishedYearIsFrozenAndACorrectionIsARevisionWithItsReason() {
        assertThat(update.run(TOKYO, KAGOSHIMA, FY2021, "70", CycleFixture.completeForm(record("70").version())))
                .isEqualTo(Outcome.refused("year.published", 2021));
        assertThat(publish.run(COORDINATOR, KAGOSHIMA, FY2021)).isEqualTo(Outcome.refused("year.published", 2021));
        assertThat(correct.run(TOKYO, KAGOSHIMA, FY2021, "70", CycleFixture.completeForm(record("70").version())))
                .isInstanceOf(Outcome.Denied.class);

        var noReason = RecordForm.of(record("70"));
        noReason = new RecordForm("1,300", noReason.previousSettled(), noReason.content(), noReason.evaluation(),
                "", noReason.outlook(), "", false, false, false, noReason.version(), "");
        var refused = correct.run(COORDINATOR, KAGOSHIMA, FY2021, "70", noReason);
        assertThat(((Outcome.Invalid) refused).problems()).extracting(Problem::field).containsExactly("reason");

        var withReason = new RecordForm("1,300", "800", noReason.content(), "○", "", "継続予定", "",
                false, false, false, record("70").version(), "予算額の転記誤り");
        assertThat(correct.run(COORDINATOR, KAGOSHIMA, FY2021, "70", withReason))
                .isEqualTo(Outcome.done("record.corrected", 1));

        var corrected = record("70");
        assertThat(corrected.budget()).isEqualTo(Amount.ofThousandYen(1300));
        assertThat(corrected.revisions()).isEqualTo(1);
        assertThat(queries.revisions(corrected)).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("予算額の転記誤り"))
                .satisfies(r -> assertThat(r.revisedBy()).isEqualTo("coordinator"));
        var entries = audit.forProject(KAGOSHIMA, "70").stream()
                .filter(e -> e.action().equals("CORRECT_RECORD")).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("budget");
            assertThat(e.oldValue()).isEqualTo("1,200");
            assertThat(e.newValue()).isEqualTo("1,300");
            assertThat(e.reason()).isEqualTo("予算額の転記誤り");
            assertThat(e.revision()).isEqualTo(1);
        });
    }

    @Test
    @Order(9)
    void thePublicListShowsTheYearWithItsCorrections(@Autowired org.springframework.test.web.servlet.MockMvc mvc)
            throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/cycle/" + KAGOSHIMA + "/2021/published"))
                .andExpect(xpath("count(//table[@id='published']/tbody/tr)").number(261.0))
                .andExpect(xpath("//tr[@id='published-70']/td[2]").string("1,300"))
                .andExpect(xpath("//tr[@id='published-70']/td[3]").string("800"))
                .andExpect(xpath("//tr[@id='published-70']/td[4]").string("○"))
                .andExpect(xpath("//tr[@id='published-70']//ul[@class='revisions']/li")
                        .string(org.hamcrest.Matchers.matchesPattern("第1版（\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d）: 予算額の転記誤り")))
                .andExpect(xpath("//tr[@id='published-8']//ul[@class='revisions']").doesNotExist());
    }

    @Test
    @Order(10)
    void theAuditTrailHasEveryStepOfOneRecordInOrder() {
        var steps = audit.forProject(KAGOSHIMA, "8").stream()
                .map(e -> e.action() + (e.field() == null ? "" : ":" + e.field())).distinct().toList();
        assertThat(steps).containsExactly("CREATE_DRAFT:organization", "UPDATE_RECORD:budget",
                "UPDATE_RECORD:content", "UPDATE_RECORD:outlook", "UPDATE_RECORD:expansionNote",
                "UPDATE_RECORD:previousSettled", "UPDATE_RECORD:evaluation", "UPDATE_RECORD:achievementRate",
                "SUBMIT_RECORD:status", "RETURN_RECORD:status", "SUBMIT_RECORD:previousSettled",
                "APPROVE_RECORD:status", "PUBLISH_YEAR:previousSettled", "PUBLISH_YEAR:evaluation");
        var returned = audit.forProject(KAGOSHIMA, "8").stream()
                .filter(e -> e.action().equals("RETURN_RECORD")).findFirst().orElseThrow();
        assertThat(returned.actor()).isEqualTo("coordinator");
        assertThat(returned.reason()).isEqualTo("決算額を確認してください");
        assertThat(returned.oldValue() + " → " + returned.newValue()).isEqualTo("SUBMITTED → RETURNED");
    }

    @Test
    @Order(99)
    void importsDoNotOverwriteAPlanThatWentThroughARound(@Autowired ImportDocuments imports,
                                                         @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var sample = java.nio.file.Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt");
        var before = plans.load(KAGOSHIMA).orElseThrow();

        assertThat(imports.run(java.util.List.of(sample), null).get(0).outcome())
                .isEqualTo(jp.shinko.ingest.DocumentReport.Outcome.UNCHANGED);
        var corrected = java.nio.file.Files.writeString(dir.resolve("corrected.txt"),
                java.nio.file.Files.readString(sample).replaceFirst("\n1,100\n", "\n1,200\n"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.run(java.util.List.of(corrected), null))
                .isInstanceOf(jp.shinko.ingest.ParseException.class)
                .hasMessage("corrected.txt: 計画 kagoshima-shokogyo には shinko の年次報告で更新した年度（2021）があります。"
                        + "取り込むと各課の報告を上書きしてしまうため、取り込みませんでした");
        assertThat(plans.load(KAGOSHIMA).orElseThrow()).isEqualTo(before);
    }
}
