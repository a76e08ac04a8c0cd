package jp.shinko.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through chromedriver, with a fresh profile. Where Chromium is
 * missing, tests are skipped with a message on a developer machine and fail on CI (CI=true).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SHINKO_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("SHINKO_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser, or the test is skipped (developer machine) or failed (CI) when Chromium is missing. */
    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            var message = "Chromium or chromedriver not found (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): browser tests need them; install the Debian packages chromium and chromium-driver"
                    + " or set SHINKO_CHROMIUM / SHINKO_CHROMEDRIVER";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        try {
            var profile = Files.createTempDirectory("shinko-chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1024", "--lang=ja", "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Serious and critical axe-core violations of the page now shown, as "id (impact): help — targets". */
    List<String> seriousViolations() {
        var js = (JavascriptExecutor) driver;
        js.executeScript(AxeScript.SOURCE);
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(function (r) {
                     done(r.violations.map(function (v) {
                       return {id: v.id, impact: v.impact, help: v.help,
                               targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};
                     }));
                   })
                   .catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]); });
                """);
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " — " + v.get("targets"))
                .toList();
    }

    /** Saves a full-page screenshot as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        var js = (JavascriptExecutor) driver;
        var height = ((Number) js.executeScript("return Math.min(document.documentElement.scrollHeight, 6000);")).intValue();
        var size = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.width, Math.max(height, 800)));
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temp directory is harmless.
        }
    }
}
