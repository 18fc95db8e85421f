package relais.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import relais.account.AccountManagement;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * Notifications and mails are written in their recipient's language: they keep it, and a reader of the other
 * language sees them marked with it (WCAG 3.1.2), so that a screen reader speaks them right.
 */
@IntegrationTest
class NotificationLanguageTests {

    @LocalServerPort
    int port;

    @Autowired
    Notifications notifications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMailKeepsTheLanguageItWasWrittenInAndIsMarkedWithItOnTheOutboxPages() {
        String subject = "Reminder " + UUID.randomUUID();
        UUID english = transaction.execute(status -> notifications.mail(
                new Mail("someone@example.org", "Someone", subject, "Dear client kindly", "TEST", "lang").in(Locale.ENGLISH)));
        UUID unknown = transaction.execute(status -> notifications.mail(
                new Mail("someone@example.org", "Someone", "Sans langue", "Corps", "TEST", "lang")));

        assertThat(notifications.outboxMessage(english).orElseThrow().lang()).isEqualTo("en");
        assertThat(notifications.outboxMessage(unknown).orElseThrow().lang()).isNull();
        var admin = WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        Document message = Jsoup.parse(admin.get("/outbox/" + english).html());
        assertThat(message.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(message.selectFirst("pre:containsOwn(Dear client kindly)").attr("lang")).isEqualTo("en");
        Document outbox = Jsoup.parse(admin.get("/outbox").html());
        assertThat(outbox.selectFirst("a:containsOwn(" + subject + ")").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(admin.get("/outbox/" + unknown).html()).selectFirst("h1").hasAttr("lang")).isFalse();
    }

    @Test
    void anInAppNotificationKeepsItsLanguageAndIsMarkedWithIt() {
        var admin = accounts.byEmail(Fixtures.ADMIN_EMAIL).orElseThrow();
        String title = "Report received " + UUID.randomUUID();
        transaction.executeWithoutResult(status -> notifications.inApp(admin.id().value(), Locale.ENGLISH, title,
                "The client was reminded", null));

        var stored = notifications.of(admin.id().value(), 100).stream().filter(n -> n.title().equals(title)).findFirst();
        assertThat(stored).hasValueSatisfying(n -> assertThat(n.lang()).isEqualTo("en"));
        Document page = Jsoup.parse(WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD)
                .get("/notifications").html());
        assertThat(page.selectFirst("strong:containsOwn(" + title + ")").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("p:containsOwn(The client was reminded)").attr("lang")).isEqualTo("en");
    }

    @Test
    void aMalformedMessageIdIsAnUnknownMessageLikeAnyOther() {
        var admin = WebSession.logIn(port, Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        assertThat(admin.get("/outbox/not-an-id").status()).isEqualTo(404);
        assertThat(admin.get("/outbox/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
