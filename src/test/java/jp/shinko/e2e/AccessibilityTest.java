package jp.shinko.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** An axe-core scan of every page type finds no serious or critical violation. */
class AccessibilityTest extends BrowserPages {

    @ParameterizedTest
    @ValueSource(strings = {
            "/",
            "/?lang=en",
            "/plans/kagoshima-shokogyo",
            "/plans/kumamoto-chusho",
            "/plans/kagoshima-shokogyo/projects",
            "/plans/kagoshima-shokogyo/projects?year=2019&evaluation=%E2%97%8E",
            "/plans/kumamoto-chusho/projects",
            "/plans/kumamoto-chusho/organizations",
            "/plans/kumamoto-chusho/organizations/%E4%BC%81%E6%A5%AD%E7%AB%8B%E5%9C%B0%E6%8E%A8%E9%80%B2%E8%AA%B2",
            "/search?q=%E4%BA%8B%E6%A5%AD%E6%89%BF%E7%B6%99",
            "/plans/kagoshima-shokogyo/summaries?year=2019",
            "/plans/kagoshima-shokogyo/summaries?year=2020",
            "/plans/kumamoto-chusho/summaries?lang=en",
            "/no-such-page"})
    void pageHasNoSeriousOrCriticalViolation(String path) {
        open(path);
        assertThat(browser.seriousViolations()).as(path).isEmpty();
    }

    @Test
    void projectPagesHaveNoSeriousOrCriticalViolation() {
        for (var plan : new String[] {"kagoshima-shokogyo", "kumamoto-chusho"}) {
            open("/plans/" + plan + "/projects");
            var href = browser.driver().findElement(By.cssSelector("table.projects tbody a[href*='/projects/']"))
                    .getAttribute("href");
            browser.driver().get(href);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(browser.seriousViolations()).as(href).isEmpty();
        }
    }

    @Test
    void theScanReportsAViolationWhereThereIsOne() {
        open("/");
        // An image without alternative text and a link without a name: the scan must see them.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('main').insertAdjacentHTML('beforeend',"
                        + " '<img src=\"/favicon.ico\"><a href=\"/\"></a>');");
        assertThat(browser.seriousViolations()).anySatisfy(v -> assertThat(v).startsWith("image-alt (critical)"))
                .anySatisfy(v -> assertThat(v).startsWith("link-name (serious)"));
    }
}
