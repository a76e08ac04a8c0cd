package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's deadlines and mailboxes page, and the progress with days left and accounts, as CSV. */
@CycleWebTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderPageTest {

    private static final String ROUND = "/cycle/" + CycleFixture.KAGOSHIMA + "/2021";
    private static final RequestPostProcessor COORDINATOR = user("coordinator").roles("COORDINATOR");

    @Autowired MockMvc mvc;

    @BeforeAll
    void prepare(@Autowired ImportDocuments imports, @Autowired AddUser addUser, @Autowired Accounts accounts,
                 @Autowired OpenFiscalYear open) {
        CycleFixture.prepare(imports, addUser, accounts, open);
    }

    @Test
    void aDeadlineAndAMailboxSetOnThePageShowInTheProgressCsv() throws Exception {
        mvc.perform(post(ROUND + "/deadline").with(csrf()).with(COORDINATOR).param("dueOn", "2021-05-31"))
                .andExpect(redirectedUrl(ROUND + "/reminders"))
                .andExpect(flash().attribute("notice", "締切を保存しました。"));
        mvc.perform(post(ROUND + "/mailbox").with(csrf()).with(COORDINATOR)
                        .param("organization", "国際交流課").param("address", "kokusai@city.example.lg.jp"))
                .andExpect(flash().attribute("notice", "共用メールアドレスを保存しました。"));
        mvc.perform(post(ROUND + "/mailbox").with(csrf()).with(COORDINATOR)
                        .param("organization", "国際交流課").param("address", "kokusai"))
                .andExpect(flash().attribute("alert", "メールアドレスの形式ではありません（例: sangyo@city.example.lg.jp）。"));
        mvc.perform(post(ROUND + "/deadline").with(csrf()).with(COORDINATOR).param("dueOn", "5月31日"))
                .andExpect(flash().attribute("alert", "日付を YYYY-MM-DD の形で入力してください（例: 2021-05-31）。"));

        mvc.perform(get(ROUND + "/reminders").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@id='round-deadline']/@value").string("2021-05-31"))
                .andExpect(xpath("//table[@id='contacts']//tr[th='国際交流課']//input[@type='email']/@value")
                        .string("kokusai@city.example.lg.jp"))
                .andExpect(xpath("//table[@id='contacts']//tr[th='国際交流課']/td[1]").string("3"));

        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(ZoneId.of("Asia/Tokyo")), LocalDate.of(2021, 5, 31));
        var csv = mvc.perform(get(ROUND + "/progress.csv").with(COORDINATOR)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF担当,件数,未着手,作成中,差戻し,提出済み,承認済み,"
                + "締切,残り日数,有効なアカウント,共用メールアドレス,最後の操作");
        assertThat(csv.lines()).contains("国際交流課,3,3,0,0,0,0,2021-05-31," + daysLeft + ",1,kokusai@city.example.lg.jp,");
    }

    @Test
    void anEditorCannotSeeOrSetReminders() throws Exception {
        var tokyo = user("tokyo").roles("ORG_EDITOR");
        mvc.perform(get(ROUND + "/reminders").with(tokyo)).andExpect(status().isForbidden());
        mvc.perform(post(ROUND + "/deadline").with(csrf()).with(tokyo).param("dueOn", "2021-05-31"))
                .andExpect(status().isForbidden());
    }
}
