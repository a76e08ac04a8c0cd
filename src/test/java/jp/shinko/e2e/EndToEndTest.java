package jp.shinko.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader's paths through the site in a real browser: every page loads, filters, search and links work. */
class EndToEndTest extends BrowserPages {

    private WebElement find(String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private String h1() {
        return find("h1").getText();
    }

    @Test
    void everyPageTypeLoadsWithItsHeading() {
        var pages = new String[][] {
                {"/", "自治体と計画", "home"},
                {"/plans/kagoshima-shokogyo", "鹿児島市商工業振興プラン", "plan-kagoshima"},
                {"/plans/kumamoto-chusho/projects", "事業一覧", "projects-kumamoto"},
                {"/plans/kumamoto-chusho/organizations", "実施主体", "organizations-kumamoto"},
                {"/plans/kagoshima-shokogyo/summaries?year=2020", "令和2年度（2020年度）の集計", "summaries-kagoshima-2020"},
                {"/plans/kagoshima-shokogyo/summaries?year=2019", "令和元年度（2019年度）の集計", "summaries-kagoshima-2019"},
                {"/no-such-page", "ページが見つかりません", "error-404"}};
        for (var page : pages) {
            open(page[0]);
            assertThat(h1()).as(page[0]).contains(page[1]).isNotBlank();
            assertThat(Files.exists(browser.screenshot(page[2]))).isTrue();
        }
    }

    @Test
    void theEvaluationFilterNarrowsKagoshimasListTo85() {
        open("/plans/kagoshima-shokogyo/projects");
        assertThat(find(".result-summary .count").getText()).startsWith("286件中");
        new Select(find("#f-year")).selectByValue("2019");
        new Select(find("#f-evaluation")).selectByValue("◎");
        find("form.filters button[type=submit]").click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("evaluation="));
        assertThat(find(".result-summary .count").getText()).startsWith("85件中 1～50件目");
        browser.screenshot("projects-kagoshima-evaluation-filtered");
    }

    @Test
    void searchFromTheHeaderFindsBusinessSuccessionSupport() {
        open("/");
        var box = find("#site-search-q");
        box.sendKeys("事業承継", Keys.ENTER);
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/search"));
        assertThat(find("p[role=status]").getText()).isEqualTo("「事業承継」の検索結果: 13 件");
        var names = browser.driver().findElements(By.cssSelector(".result-name a")).stream().map(WebElement::getText).toList();
        assertThat(names).contains("事業承継・引継ぎ支援事業");
        browser.screenshot("search-jigyo-shokei");
    }

    @Test
    void threeClicksLeadFromHomeToAProject() {
        open("/");
        find("#plan-kumamoto-chusho h2 a").click();                               // 1: the plan
        assertThat(browser.driver().getCurrentUrl()).endsWith("/plans/kumamoto-chusho");
        browser.driver().findElement(By.linkText("事業一覧（59件）")).click();        // 2: its project list
        assertThat(browser.driver().getCurrentUrl()).endsWith("/plans/kumamoto-chusho/projects");
        var first = find("table.projects tbody a[href*='/projects/']");
        var name = first.getText();
        first.click();                                                            // 3: a project
        assertThat(browser.driver().getCurrentUrl()).contains("/plans/kumamoto-chusho/projects/");
        assertThat(h1()).contains(name);
        browser.screenshot("project-kumamoto-first");
    }

    @Test
    void thePlanPageLeadsToItsSummariesWithChartsBesideTheTables() {
        open("/plans/kagoshima-shokogyo");
        browser.driver().findElement(By.linkText("年度別の集計とグラフ")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/plans/kagoshima-shokogyo/summaries");
        // The chart script drew an SVG into each chart box from the table's figures.
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".chart[data-for='table-nodes'] svg")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".chart svg"))).hasSize(2);
        assertThat(find(".chart[data-for='table-nodes'] svg").getText()).contains("振興の方向性 1");
        browser.screenshot("summaries-kagoshima-latest");
    }
}
