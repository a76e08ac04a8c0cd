package jp.shinko.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every public page at a phone's width (390 px) and a desktop's (1280 px): nothing wider than the
 * screen (a wide table scrolls in its own box), no serious or critical axe violation, and a
 * screenshot of each (target/screenshots/{name}-{width}.png; the ones in docs/screenshots come
 * from here).
 */
class PhoneLayoutTest extends BrowserPages {

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
            "home, /, 390", "home, /, 1280",
            "plan, /plans/kagoshima-shokogyo, 390", "plan, /plans/kagoshima-shokogyo, 1280",
            "project, /plans/kagoshima-shokogyo/projects/111, 390", "project, /plans/kagoshima-shokogyo/projects/111, 1280",
            "list, /plans/kagoshima-shokogyo/projects, 390", "list, /plans/kagoshima-shokogyo/projects, 1280",
            "search, /search?q=%E3%81%97%E3%82%87%E3%81%86%E3%81%A6%E3%82%93%E3%81%8C%E3%81%84, 390",
            "search, /search?q=%E3%81%97%E3%82%87%E3%81%86%E3%81%A6%E3%82%93%E3%81%8C%E3%81%84, 1280",
            "compare, /compare, 390", "compare, /compare, 1280",
            "changes, /plans/kagoshima-shokogyo/changes, 390", "changes, /plans/kagoshima-shokogyo/changes, 1280",
            "trends, /plans/kagoshima-shokogyo/trends, 390", "trends, /plans/kagoshima-shokogyo/trends, 1280",
            "summaries, /plans/kagoshima-shokogyo/summaries, 390", "summaries, /plans/kagoshima-shokogyo/summaries, 1280"})
    void pageFitsTheScreenAndPassesAxe(String name, String path, int width) {
        var driver = (ChromeDriver) browser.driver();
        metrics(driver, width, 900);
        try {
            open(path);
            var js = (JavascriptExecutor) driver;
            long pageWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(pageWidth).as("%s is %d px wide at %d px", path, pageWidth, width).isLessThanOrEqualTo(width);
            assertThat(browser.seriousViolations()).as(path + " at " + width).isEmpty();
            long height = ((Number) js.executeScript(
                    "return Math.min(document.documentElement.scrollHeight, 5000)")).longValue();
            metrics(driver, width, (int) height);
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void metrics(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }
}
