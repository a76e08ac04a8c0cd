package jp.shinko.e2e;

import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port with both samples imported, and one headless Chromium per
 * test class looking at it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shinko.search.in-memory=true"})
abstract class BrowserPages {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void importBothSamplesAndStartTheBrowser(@Autowired ImportDocuments imports, @Autowired PlanRepository plans) {
        if (plans.plans().size() < 2) {
            imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                    Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
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

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.driver().get(url(path));
    }
}
