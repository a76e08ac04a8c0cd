package jp.shinko.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.file.Path;
import java.util.List;
import jp.shinko.ShinkoSpringTest;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@ShinkoSpringTest
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @BeforeAll
    static void importKumamoto(@Autowired ImportDocuments imports) {
        imports.run(List.of(Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
    }

    @Test
    void homeListsTheImportedPlanWithItsYearTotals() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ja"))
                .andExpect(xpath("//h1").string("自治体と計画"))
                .andExpect(xpath("//article[@id='plan-kumamoto-chusho']/h2/a/span[1]").string("熊本市"))
                .andExpect(xpath("//article[@id='plan-kumamoto-chusho']/h2/a/span[2]")
                        .string("熊本市中小企業・小規模企業振興基本計画"))
                .andExpect(xpath("//article[@id='plan-kumamoto-chusho']//tbody/tr/th").string("令和6年度（2024年度）"))
                .andExpect(xpath("//article[@id='plan-kumamoto-chusho']//tbody/tr/td[1]").string("59"))
                .andExpect(xpath("//article[@id='plan-kumamoto-chusho']//tbody/tr/td[2]").string("2,516,552"))
                // The list states no settlement: a dash, never an invented zero.
                .andExpect(xpath("//article[@id='plan-kumamoto-chusho']//tbody/tr/td[3]").string("―"));
    }

    @Test
    void homeIsJapaneseFirstAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US"))
                .andExpect(xpath("//h1").string("自治体と計画"));
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(xpath("/html/@lang").string("en"))
                .andExpect(xpath("//h1").string("Municipalities and plans"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.startsWith("shinko-lang=en")));
    }

    @Test
    void stateChangingRequestsNeedACsrfTokenAndASignedInUser() throws Exception {
        var editor = user("editor").roles("EDITOR");
        mvc.perform(post("/").with(editor)).andExpect(status().isForbidden());
        // Without a signed-in user: to the login page (form login since the annual round).
        mvc.perform(post("/").with(csrf())).andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
        // With both, the request reaches the application (which has no POST at /).
        mvc.perform(post("/").with(editor).with(csrf())).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void pagesForbidFramingAndInlineScripts() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(content().contentTypeCompatibleWith("text/html"));
    }
}
