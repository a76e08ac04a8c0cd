package jp.shinko.reminders;

import static jp.shinko.cycle.CycleFixture.COORDINATOR;
import static jp.shinko.cycle.CycleFixture.FY2021;
import static jp.shinko.cycle.CycleFixture.INTERNATIONAL;
import static jp.shinko.cycle.CycleFixture.INTL;
import static jp.shinko.cycle.CycleFixture.KAGOSHIMA;
import static jp.shinko.cycle.CycleFixture.TOKYO_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.cycle.CycleFixture;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.ReturnYearRecord;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.SubmitYearRecord;
import jp.shinko.cycle.UpdateYearRecord;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Deadline and return reminders of Kagoshima's FY2021 round, received by a real SMTP server
 * (GreenMail) started in the test: exact recipients and subjects, each decided once, a failed send
 * retried. The steps build on each other on one database.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:reminders;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "shinko.security.bcrypt-cost=4",
        "shinko.reminders.enabled=false", "shinko.reminders.base-url=https://shinko.example.lg.jp/"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderMailTest {

    private static final int PORT = freePort();
    private static final String TOKYO_BOX = "tokyo-office@city.example.lg.jp";
    private static final String INTL_BOX = "kokusai@city.example.lg.jp";
    private static GreenMail smtp;

    @Autowired Reminders reminders;
    @Autowired RoundQueries rounds;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    void openTheRound(@Autowired ImportDocuments imports, @Autowired OpenFiscalYear open) {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        CycleFixture.importSamples(imports);
        assertThat(open.run(COORDINATOR, KAGOSHIMA, FY2021)).isInstanceOf(Outcome.Done.class);
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    /** 09:00 in Kagoshima on that day. */
    private static Instant at(String date) {
        return OffsetDateTime.parse(date + "T09:00:00+09:00").toInstant();
    }

    @Test
    @Order(1)
    void onlyTheCoordinatorSetsDeadlinesAndMailboxesAndEachChangeIsAudited() {
        var editor = new Actor("intl", Role.ORG_EDITOR, INTL.memberships());
        assertThat(reminders.setDeadline(editor, KAGOSHIMA, FY2021, null, LocalDate.of(2021, 5, 31)))
                .isInstanceOf(Outcome.Denied.class);
        assertThat(reminders.setMailbox(COORDINATOR, KAGOSHIMA, INTERNATIONAL, "kokusai@"))
                .isInstanceOf(Outcome.Invalid.class);

        assertThat(reminders.setDeadline(COORDINATOR, KAGOSHIMA, FY2021, null, LocalDate.of(2021, 5, 31)).isDone()).isTrue();
        assertThat(reminders.setDeadline(COORDINATOR, KAGOSHIMA, FY2021, TOKYO_OFFICE, LocalDate.of(2021, 5, 20)).isDone())
                .isTrue();
        assertThat(reminders.setMailbox(COORDINATOR, KAGOSHIMA, TOKYO_OFFICE, TOKYO_BOX).isDone()).isTrue();
        assertThat(reminders.setMailbox(COORDINATOR, KAGOSHIMA, INTERNATIONAL, " " + INTL_BOX + " ").isDone()).isTrue();
        assertThat(reminders.deadlines(KAGOSHIMA, FY2021)).containsExactly(
                new Deadline(null, LocalDate.of(2021, 5, 31)), new Deadline(TOKYO_OFFICE, LocalDate.of(2021, 5, 20)));
        assertThat(reminders.mailboxes(KAGOSHIMA)).containsEntry(INTERNATIONAL, INTL_BOX).hasSize(2);
    }

    @Test
    @Order(2)
    void aWeekBeforeTheDeadlineEveryOpenOrganizationIsRemindedAndAnOverdueOneIsToldSo() throws Exception {
        int queued = reminders.decide(at("2021-05-24"));
        int organizations = rounds.progress(rounds.round(KAGOSHIMA, FY2021).orElseThrow()).size();
        assertThat(queued).isEqualTo(organizations);
        assertThat(reminders.decide(at("2021-05-24"))).as("decided once").isZero();

        assertThat(reminders.deliver(at("2021-05-24"))).isEqualTo(2);
        assertThat(received()).containsExactly(
                INTL_BOX + " 【鹿児島市商工業振興プラン】令和3年度の報告の締切（5月31日）まであと7日です（国際交流課）",
                TOKYO_BOX + " 【鹿児島市商工業振興プラン】令和3年度の報告の締切（5月20日）を過ぎています（東京事務所）");
        var body = (String) Arrays.stream(smtp.getReceivedMessages()).filter(m -> line(m).startsWith(INTL_BOX))
                .findFirst().orElseThrow().getContent();
        assertThat(body).contains("国際交流課 ご担当者様", "締切は 5月31日 です。",
                "未提出の記録が 3 件あります（未着手 3 件、作成中 0 件、差戻し 0 件）。",
                "https://shinko.example.lg.jp/cycle/kagoshima-shokogyo/2021");

        var log = reminders.log(KAGOSHIMA, FY2021);
        assertThat(log).hasSize(organizations);
        assertThat(log.stream().filter(m -> m.status() == MailStatus.SENT).map(ReminderMail::recipient))
                .containsExactlyInAnyOrder(TOKYO_BOX, INTL_BOX);
        assertThat(log.stream().filter(m -> m.status() == MailStatus.NO_ADDRESS)).hasSize(organizations - 2);
    }

    @Test
    @Order(3)
    void theDayBeforeComesASecondReminderAndAWeekOverdueASecondNotice() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        reminders.decide(at("2021-05-30"));
        assertThat(reminders.deliver(at("2021-05-30"))).isEqualTo(2);
        assertThat(received()).containsExactly(
                INTL_BOX + " 【鹿児島市商工業振興プラン】令和3年度の報告の締切（5月31日）まであと1日です（国際交流課）",
                TOKYO_BOX + " 【鹿児島市商工業振興プラン】令和3年度の報告の締切（5月20日）を過ぎています（東京事務所）");
    }

    @Test
    @Order(4)
    void aReturnedRecordIsMailedToItsOrganizationWithTheComment(@Autowired UpdateYearRecord update,
                                                                @Autowired SubmitYearRecord submit,
                                                                @Autowired ReturnYearRecord returnRecord) throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        var record = rounds.record(KAGOSHIMA, FY2021, "65").orElseThrow();
        assertThat(update.run(INTL, KAGOSHIMA, FY2021, "65", CycleFixture.completeForm(record.version())).isDone()).isTrue();
        record = rounds.record(KAGOSHIMA, FY2021, "65").orElseThrow();
        assertThat(submit.run(INTL, KAGOSHIMA, FY2021, "65", CycleFixture.completeForm(record.version())).isDone()).isTrue();
        record = rounds.record(KAGOSHIMA, FY2021, "65").orElseThrow();
        assertThat(returnRecord.run(COORDINATOR, KAGOSHIMA, FY2021, "65", record.version(), "決算額を確認してください")
                .isDone()).isTrue();

        assertThat(reminders.decide(at("2021-05-30"))).isEqualTo(1);
        assertThat(reminders.deliver(at("2021-05-30"))).isEqualTo(1);
        assertThat(received()).containsExactly(INTL_BOX + " 【鹿児島市商工業振興プラン】令和3年度の報告が差し戻されました: №65 "
                + record.projectName() + "（国際交流課）");
        assertThat((String) smtp.getReceivedMessages()[0].getContent())
                .contains("事業: №65 " + record.projectName(), "事務局のコメント: 決算額を確認してください");
    }

    @Test
    @Order(5)
    void aMailTheServerCannotTakeIsRetriedAndShownUntilItIsSent() throws Exception {
        smtp.stop();
        smtp.purgeEmailFromAllMailboxes();
        reminders.decide(at("2021-06-01"));
        assertThat(reminders.deliver(at("2021-06-01"))).isZero();
        var waiting = reminders.log(KAGOSHIMA, FY2021).stream().filter(m -> m.status() == MailStatus.RETRY).toList();
        assertThat(waiting).extracting(ReminderMail::recipient, ReminderMail::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(INTL_BOX, 1));
        assertThat(waiting.get(0).lastError()).isNotBlank();
        assertThat(waiting.get(0).nextAttemptAt()).isEqualTo(at("2021-06-01").plusSeconds(60));

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertThat(reminders.deliver(at("2021-06-01"))).as("not before its retry time").isZero();
        assertThat(reminders.deliver(at("2021-06-01").plusSeconds(60))).isEqualTo(1);
        assertThat(received()).containsExactly(
                INTL_BOX + " 【鹿児島市商工業振興プラン】令和3年度の報告の締切（5月31日）を過ぎています（国際交流課）");
        assertThat(reminders.log(KAGOSHIMA, FY2021)).filteredOn(m -> m.id() == waiting.get(0).id())
                .extracting(ReminderMail::status, ReminderMail::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MailStatus.SENT, 2));
    }

    private static List<String> received() throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReminderMailTest::line).sorted().toList();
    }

    private static String line(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0] + " " + message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
