package jp.shinko.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.shinko.audit.AuditTrail;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.command.Outcome;
import jp.shinko.command.Problem;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.DecideYearRecords;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.SubmitYearRecord;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.RecordStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator reviews Kagoshima's FY2021 round in a real browser: the list filtered to 東京事務所's
 * five submitted records and sorted by №, all selected, approved at once with one comment; each
 * record is approved and audited with the comment. The record page shows last year's published
 * values beside this year's.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:bulk-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shinko.search.in-memory=true", "shinko.security.bcrypt-cost=4"})
class BulkApproveBrowserTest {

    private static final String PLAN = CycleFixture.KAGOSHIMA;
    private static final List<String> TOKYO_RECORDS = List.of("8", "70", "71", "72", "170");
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired RoundQueries queries;
    @Autowired AuditTrail audit;

    @BeforeAll
    static void prepare(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                        @Autowired OpenFiscalYear open, @Autowired SubmitYearRecord submit,
                        @Autowired RoundQueries queries) {
        CycleFixture.prepare(imports, addUser, accounts, open);
        for (var key : TOKYO_RECORDS) {
            var record = queries.record(PLAN, CycleFixture.FY2021, key).orElseThrow();
            assertThat(submit.run(CycleFixture.TOKYO, PLAN, CycleFixture.FY2021, key,
                    CycleFixture.completeFormWithoutSettlement(record.version())).isDone()).as(key).isTrue();
        }
        browser = Browser.start();
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void theCoordinatorApprovesFiveRecordsAtOnceWithOneComment() {
        signIn("coordinator");
        go("/cycle/" + PLAN + "/2021?organization=" + CycleFixture.TOKYO_OFFICE + "&status=SUBMITTED");
        assertThat(numbers()).containsExactly("8", "70", "71", "72", "170");
        clickAndWait(By.id("sort-no"));
        assertThat(browser.driver().getCurrentUrl()).contains("sort=no").contains("dir=desc");
        assertThat(numbers()).containsExactly("170", "72", "71", "70", "8");
        browser.screenshot("round-list-tokyo-submitted");

        find("#select-all").click();
        assertThat(browser.driver().findElements(By.cssSelector("input.select-record:checked"))).hasSize(5);
        find("#bulk-comment").sendKeys("内容を確認しました");
        clickAndWait(By.id("bulk-approve"));

        assertThat(find("p.notice").getText()).isEqualTo("5件を承認しました。");
        assertThat(browser.driver().getCurrentUrl()).contains("sort=no").contains("dir=desc").contains("status=SUBMITTED");
        assertThat(numbers()).isEmpty();
        for (var key : TOKYO_RECORDS) {
            assertThat(queries.record(PLAN, CycleFixture.FY2021, key).orElseThrow().status())
                    .as(key).isEqualTo(RecordStatus.APPROVED);
            var approvals = audit.forProject(PLAN, key).stream()
                    .filter(e -> e.action().equals("APPROVE_RECORD")).toList();
            assertThat(approvals).as(key).hasSize(1);
            assertThat(approvals.get(0).reason()).isEqualTo("内容を確認しました");
            assertThat(approvals.get(0).actor()).isEqualTo("coordinator");
        }
        go("/cycle/" + PLAN + "/2021?organization=" + CycleFixture.TOKYO_OFFICE + "&status=APPROVED");
        assertThat(numbers()).containsExactly("8", "70", "71", "72", "170");
        browser.screenshot("round-list-tokyo-approved");
    }

    @Test
    void aRecordShowsLastYearsPublishedValuesBesideThisYears() {
        signIn("coordinator");
        go("/cycle/" + PLAN + "/2021/records/70");
        assertThat(find("#review-budget").getAttribute("class")).contains("changed");
        assertThat(find("#review-budget td:nth-of-type(2)").getText()).isEqualTo("R3年度 1,200");
        browser.screenshot("record-beside-last-year");
    }

    @Test
    void aReturnNeedsACommentAndAStaleVersionLeavesItsRecordAlone(@Autowired DecideYearRecords decide,
                                                                  @Autowired SubmitYearRecord submit) {
        for (var key : List.of("65", "66")) {
            var record = queries.record(PLAN, CycleFixture.FY2021, key).orElseThrow();
            assertThat(submit.run(CycleFixture.INTL, PLAN, CycleFixture.FY2021, key,
                    CycleFixture.completeFormWithoutSettlement(record.version())).isDone()).as(key).isTrue();
        }
        var v65 = queries.record(PLAN, CycleFixture.FY2021, "65").orElseThrow().version();
        var v66 = queries.record(PLAN, CycleFixture.FY2021, "66").orElseThrow().version();
        var both = List.of(new DecideYearRecords.Selected("65", v65), new DecideYearRecords.Selected("66", v66 - 1));

        var noComment = decide.run(CycleFixture.COORDINATOR, PLAN, CycleFixture.FY2021,
                DecideYearRecords.Decision.RETURN, both, "  ");
        assertThat(noComment.problems()).containsExactly(Problem.of("comment", "comment.required"));
        assertThat(noComment.results()).isEmpty();

        var decided = decide.run(CycleFixture.COORDINATOR, PLAN, CycleFixture.FY2021,
                DecideYearRecords.Decision.RETURN, both, "実績値を確認してください");
        assertThat(decided.done()).extracting(DecideYearRecords.Result::projectKey).containsExactly("65");
        assertThat(decided.notDone()).containsExactly(
                new DecideYearRecords.Result("66", Outcome.refused("record.changed")));
        assertThat(queries.record(PLAN, CycleFixture.FY2021, "65").orElseThrow().returnComment())
                .isEqualTo("実績値を確認してください");
        assertThat(queries.record(PLAN, CycleFixture.FY2021, "66").orElseThrow().status())
                .isEqualTo(RecordStatus.SUBMITTED);
    }

    private List<String> numbers() {
        return browser.driver().findElements(By.cssSelector("#records tbody tr td.num:nth-of-type(2)")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private void go(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }

    private void signIn(String username) {
        go("/login");
        if (browser.driver().findElements(By.id("username")).isEmpty()) {
            return;
        }
        find("#username").sendKeys(username);
        find("#password").sendKeys(CycleFixture.PASSWORD);
        clickAndWait(By.cssSelector("form.stacked button"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/cycle");
    }

    private void clickAndWait(By by) {
        var page = find("html");
        browser.driver().findElement(by).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).pollingEvery(Duration.ofMillis(25))
                .until(driver -> gone(page));
    }

    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }
}
