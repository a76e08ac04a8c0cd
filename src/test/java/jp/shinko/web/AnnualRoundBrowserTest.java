package jp.shinko.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.ApproveYearRecord;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.NewUser;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.RecordForm;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.SubmitYearRecord;
import jp.shinko.cycle.UpdateYearRecord;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.RecordStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round in a real browser (Debian's chromium, headless) on Kumamoto's FY2025: two editors and
 * the coordinator take records through draft → submit → return → resubmit → approve → publish.
 * The other organizations' records are taken through the same commands beforehand, so that the
 * browser can publish the year. Screenshots go to {@code target/cycle-screenshots/}. Without
 * chromium the test is skipped, except on CI ({@code CI=true}), where it fails.
 */
@CycleWebTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualRoundBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/cycle-screenshots");
    private static final String PLAN = CycleFixture.KUMAMOTO;
    private static final FiscalYear FY2025 = FiscalYear.of(2025);
    /** 誘致戦略課 answers for one Kumamoto project, 工事契約課 for two. */
    private static final String MICE = "MICE誘致戦略事業";
    private static final String BIDDING = "地場企業優遇の評価項目の設定";
    private static final String BIDDING_2 = "総合評価方式の運用等による地場企業の育成";

    @LocalServerPort int port;
    @Autowired RoundQueries queries;

    private WebDriver browser;
    private Path profile;

    @BeforeAll
    void startBrowser(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                      @Autowired OpenFiscalYear open) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("chromium and chromedriver are required on CI: " + CHROMIUM + ", " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(installed, "chromium is not installed");
        CycleFixture.prepare(imports, addUser, accounts, open);
        for (var user : new String[][] {{"mice", "誘致戦略課"}, {"bidding", "工事契約課"}}) {
            addUser.run(CycleFixture.ADMIN, new NewUser(user[0], user[1], Role.ORG_EDITOR,
                    Set.of(new Membership(PLAN, user[1])), CycleFixture.PASSWORD, false));
        }
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("shinko-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--lang=ja", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void twoEditorsAndTheCoordinatorTakeTheYearFromDraftToPublication(@Autowired SubmitYearRecord submit,
                                                                     @Autowired ApproveYearRecord approve,
                                                                     @Autowired UpdateYearRecord update)
            throws IOException {
        // The coordinator opens FY2025 in the browser.
        signIn("coordinator");
        go("/cycle");
        browser.findElement(By.id("year-" + PLAN)).clear();
        browser.findElement(By.id("year-" + PLAN)).sendKeys("2025");
        clickAndWait(By.cssSelector("#plan-" + PLAN + " form button"));
        assertThat(notice()).isEqualTo("2025年度の取りまとめを開始しました。下書き 59 件（うち確認が必要 59 件）。");
        shot("01-round-opened");
        signOut();

        // Everyone else's records go through the commands, as if their editors had done it.
        var round = queries.round(PLAN, FY2025).orElseThrow();
        for (var record : queries.records(round)) {
            if (Set.of(MICE, BIDDING, BIDDING_2).contains(record.projectKey())) {
                continue;
            }
            var form = CycleFixture.moneyFreeForm(record.version());
            assertThat(submit.run(CycleFixture.COORDINATOR, PLAN, FY2025, record.projectKey(), form).isDone()).isTrue();
            var submitted = queries.record(PLAN, FY2025, record.projectKey()).orElseThrow();
            assertThat(approve.run(CycleFixture.COORDINATOR, PLAN, FY2025, record.projectKey(), submitted.version()))
                    .isInstanceOf(Outcome.Done.class);
        }

        // Editor 1 (誘致戦略課) fills in and submits their one record; the session id changes at login.
        go("/login");
        browser.findElement(By.id("username"));
        var before = sessionId();
        signIn("mice");
        assertThat(sessionId()).isNotEqualTo(before);
        go("/cycle/" + PLAN + "/2025");
        assertThat(browser.findElements(By.cssSelector("#records tbody tr"))).hasSize(1);
        clickAndWait(By.linkText(MICE));
        type("budget", "１２，０００");
        type("content", "MICE誘致のための商談会・視察受入れ");
        type("outlook", "継続予定");
        type("previousSettled", "11,500");
        browser.findElement(By.cssSelector("input[name='evaluation'][value='○']")).click();
        shot("02-editor-form");
        clickAndWait(By.id("submit"));
        assertThat(notice()).isEqualTo("提出しました。事務局の確認をお待ちください。");
        assertThat(status()).isEqualTo("提出済み");
        signOut();

        // Editor 2 (工事契約課) submits two records, one with an invalid amount first.
        signIn("bidding");
        go("/cycle/" + PLAN + "/2025");
        clickAndWait(By.linkText(BIDDING));
        type("budget", "-300");
        type("content", "地場企業を評価する項目の設定");
        type("outlook", "継続予定");
        type("previousSettled", "―");
        browser.findElement(By.cssSelector("input[name='evaluation'][value='―']")).click();
        clickAndWait(By.id("submit"));
        assertThat(browser.findElement(By.id("problems-budget")).getText())
                .isEqualTo("金額は0以上の整数（千円）で入力してください。");
        shot("03-validation-message");
        type("budget", "―");
        clickAndWait(By.id("submit"));
        assertThat(status()).isEqualTo("提出済み");
        go("/cycle/" + PLAN + "/2025");
        clickAndWait(By.linkText(BIDDING_2));
        // Meanwhile the coordinator saves the same record: editor 2's save becomes a conflict.
        var loaded = queries.record(PLAN, FY2025, BIDDING_2).orElseThrow();
        assertThat(update.run(CycleFixture.COORDINATOR, PLAN, FY2025, BIDDING_2, new RecordForm("50", "", "事務局が入力",
                "", "", "", "", false, false, false, loaded.version(), "")).isDone()).isTrue();
        type("budget", "0");
        type("content", "総合評価方式で地場企業を評価");
        clickAndWait(By.id("save"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ほかの人が先に保存しました");
        shot("04-conflict");
        clickAndWait(By.id("edit-again"));
        assertThat(browser.findElement(By.id("budget")).getAttribute("value")).isEqualTo("0");
        type("budget", "0");
        type("content", "総合評価方式で地場企業を評価");
        type("outlook", "継続予定");
        type("previousSettled", "0");
        type("achievementRate", "105");
        browser.findElement(By.cssSelector("input[name='evaluation'][value='']")).click();
        clickAndWait(By.id("submit"));
        assertThat(status()).isEqualTo("提出済み");
        signOut();

        // The coordinator checks progress and returns editor 1's record with a comment.
        signIn("coordinator");
        go("/cycle/" + PLAN + "/2025/progress");
        shot("05-progress");
        go("/cycle/" + PLAN + "/2025?organization=誘致戦略課");
        clickAndWait(By.linkText(MICE));
        type("comment", "決算額が決算書と一致しません。確認してください。");
        clickAndWait(By.id("return"));
        assertThat(status()).isEqualTo("差戻し");
        signOut();

        // Editor 1 sees the comment, fixes the settlement and resubmits.
        signIn("mice");
        go("/cycle/" + PLAN + "/2025");
        clickAndWait(By.linkText(MICE));
        assertThat(browser.findElement(By.id("return-comment")).getText()).contains("決算額が決算書と一致しません。");
        shot("06-returned-with-comment");
        type("previousSettled", "11,480");
        clickAndWait(By.id("submit"));
        assertThat(status()).isEqualTo("提出済み");
        signOut();

        // The coordinator approves the three records and publishes the year.
        signIn("coordinator");
        for (var key : new String[] {MICE, BIDDING, BIDDING_2}) {
            go("/cycle/" + PLAN + "/2025");
            clickAndWait(By.linkText(key));
            clickAndWait(By.id("approve"));
            assertThat(status()).isEqualTo("承認済み");
        }
        go("/cycle/" + PLAN + "/2025/progress");
        clickAndWait(By.id("to-checks"));
        assertThat(browser.findElement(By.id("check-counts")).getText()).isEqualTo("エラー 0 件、警告 0 件");
        shot("07-checks-before-publishing");
        browser.findElement(By.id("confirmed")).click();
        clickAndWait(By.cssSelector("form.publish button"));
        assertThat(notice()).isEqualTo("2025年度を公表しました（59件）。");
        assertThat(browser.findElements(By.cssSelector("#published tbody tr"))).hasSize(59);
        shot("08-published");
        go("/audit/" + PLAN + "?year=2025&project=" + MICE);
        assertThat(browser.findElements(By.cssSelector("#entries tbody tr")).size()).isGreaterThan(8);
        shot("08-audit-trail");
        signOut();

        // The published list is public; the year is frozen.
        go("/cycle/" + PLAN + "/2025/published");
        assertThat(browser.findElement(By.cssSelector("#published tr[id='published-" + MICE + "'] td:nth-of-type(3)"))
                .getText()).isEqualTo("11,480");
        var mice = queries.record(PLAN, FY2025, MICE).orElseThrow();
        assertThat(mice.status()).isEqualTo(RecordStatus.APPROVED);
        assertThat(queries.round(PLAN, FY2025).orElseThrow().isPublished()).isTrue();
        assertThat(queries.record(PLAN, FY2025, BIDDING_2).orElseThrow().previousEvaluation().mark()).isEqualTo("◎");
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username) {
        go("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(CycleFixture.PASSWORD);
        clickAndWait(By.cssSelector("form.stacked button"));
        assertThat(browser.getCurrentUrl()).endsWith("/cycle");
    }

    private void signOut() {
        go("/cycle");
        clickAndWait(By.cssSelector("form[action='/logout'] button"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    private void clickAndWait(By by) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(25))
                .until(driver -> gone(page));
    }

    /**
     * Whether the element's page has been replaced. Mid-navigation chromedriver may answer "node
     * does not belong to the document" instead of a stale reference: the same fact, said earlier.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String notice() {
        return browser.findElement(By.cssSelector("p.notice")).getText();
    }

    private String status() {
        return browser.findElement(By.cssSelector("#status .status")).getText();
    }

    private String sessionId() {
        var cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "" : cookie.getValue();
    }

    private void shot(String name) throws IOException {
        var png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
