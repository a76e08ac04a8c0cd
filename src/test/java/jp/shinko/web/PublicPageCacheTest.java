package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import jakarta.servlet.http.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Anonymous visitors get published pages from memory until the data changes; nobody else does. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:page-cache;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPageCacheTest {

    private static final String LIST = "/plans/kumamoto-chusho/projects";
    private static final Path SAMPLE = Path.of("samples/kumamoto-chusho-plan-r6.txt");

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void importKumamoto(@Autowired ImportDocuments imports) {
        imports.run(List.of(SAMPLE), null);
    }

    @Test
    void theSecondAnonymousRequestIsServedFromMemoryWithTheSameBodyAndSecurityHeaders() throws Exception {
        var first = mvc.perform(get(LIST).param("q", "cache-1").param("year", "2024"))
                .andExpect(header().string(PublicPageCache.HEADER, "MISS")).andReturn().getResponse();
        var second = mvc.perform(get(LIST).param("year", "2024").param("q", "cache-1"))
                .andExpect(status().isOk())
                .andExpect(header().string(PublicPageCache.HEADER, "HIT"))
                .andExpect(header().string("Content-Language", "ja"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getContentType()).isEqualTo(first.getContentType());
    }

    @Test
    void eachLanguageIsKeptApartAndTheSwitchItselfIsNotKept() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(header().doesNotExist(PublicPageCache.HEADER));
        mvc.perform(get("/plans/kumamoto-chusho").param("t", "lang"))
                .andExpect(xpath("/html/@lang").string("ja"));
        mvc.perform(get("/plans/kumamoto-chusho").param("t", "lang").cookie(new Cookie("shinko-lang", "en")))
                .andExpect(header().string(PublicPageCache.HEADER, "MISS"))
                .andExpect(xpath("/html/@lang").string("en"));
        mvc.perform(get("/plans/kumamoto-chusho").param("t", "lang").cookie(new Cookie("shinko-lang", "en")))
                .andExpect(header().string(PublicPageCache.HEADER, "HIT"))
                .andExpect(xpath("/html/@lang").string("en"));
    }

    @Test
    void signedInUsersAndTheRoundsOwnPagesAreNeverCached() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(get(LIST).with(user("coordinator").roles("COORDINATOR")))
                    .andExpect(header().doesNotExist(PublicPageCache.HEADER))
                    .andExpect(xpath("//form[contains(@action, '/logout')]").exists());
        }
        mvc.perform(get("/login")).andExpect(header().doesNotExist(PublicPageCache.HEADER));
        mvc.perform(get("/cycle")).andExpect(header().doesNotExist(PublicPageCache.HEADER));
    }

    @Test
    void aMissingPageIsNotKept() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/plans/kumamoto-chusho/projects/no-such-project"))
                    .andExpect(status().isNotFound())
                    .andExpect(header().string(PublicPageCache.HEADER, "MISS"));
        }
    }

    @Test
    void aCorrectedEditionIsShownAtOnce(@Autowired ImportDocuments imports, @TempDir Path dir) throws Exception {
        var page = "/plans/kumamoto-chusho/projects/利子補給金";
        mvc.perform(get(page)).andExpect(xpath("//tr[@id='row-budget']/td").string("716"));
        mvc.perform(get(page)).andExpect(header().string(PublicPageCache.HEADER, "HIT"));

        var corrected = Files.writeString(dir.resolve("kumamoto-corrected.txt"), Files.readString(SAMPLE)
                .replace("(2)\t利子補給金\t商業金融課\t716", "(2)\t利子補給金\t商業金融課\t1,716"));
        imports.run(List.of(corrected), null);

        mvc.perform(get(page))
                .andExpect(header().string(PublicPageCache.HEADER, "MISS"))
                .andExpect(xpath("//tr[@id='row-budget']/td").string("1,716"));
        imports.run(List.of(SAMPLE), null);
    }
}
