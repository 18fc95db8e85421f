package relais.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import relais.support.IntegrationTest;

/** A real SMTP server in-process goes down and comes back: every message arrives, and exactly once. */
@IntegrationTest
class OutboxDeliveryTests {

    private static final int SMTP_PORT = freePort();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("relais.mail.poll-interval", () -> "PT0.2S");
        registry.add("relais.mail.first-retry", () -> "PT0.5S");
        registry.add("relais.mail.longest-retry", () -> "PT1S");
    }

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void messagesWrittenDuringAnOutageArriveOnceTheServerIsBackAndNoneTwice() throws Exception {
        smtp = startSmtp();
        var before = queue("before", 2);
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        // Stored by the server is not yet acknowledged to the sender: stopping it in between would make the sender
        // see a failure for a message that arrived, and rightly send it again.
        awaitUntil(() -> before.stream().allMatch(id -> notifications.outboxMessage(id).orElseThrow().status() == DeliveryStatus.SENT));
        smtp.stop();

        var during = queue("during", 3);
        awaitUntil(() -> during.stream().allMatch(id -> notifications.outboxMessage(id).orElseThrow().attempts() >= 1));
        during.forEach(id -> {
            var message = notifications.outboxMessage(id).orElseThrow();
            assertThat(message.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(message.lastError()).isNotBlank();
        });

        smtp = startSmtp();
        awaitUntil(() -> during.stream().allMatch(id -> notifications.outboxMessage(id).orElseThrow().status() == DeliveryStatus.SENT));
        Thread.sleep(1_500); // give any duplicate the time it would need to show up
        // Other test classes share the database and may leave mails of their own in the outbox: this server may
        // receive those too, so only this test's messages are counted.
        var ours = new ArrayList<String>();
        before.forEach(id -> ours.add(id.toString()));
        during.forEach(id -> ours.add(id.toString()));
        var received = receivedIds(smtp).stream().filter(ours::contains).collect(Collectors.toSet());
        assertThat(received).containsExactlyInAnyOrderElementsOf(during.stream().map(UUID::toString).toList());
        before.forEach(id -> assertThat(notifications.outboxMessage(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT));
    }

    @Test
    void aRolledBackChangeWritesNoMail() {
        String reference = "rollback-" + UUID.randomUUID();
        try {
            transaction.executeWithoutResult(status -> {
                notifications.mail(new Mail("nobody@example.org", null, "Never", "Never sent", "TEST", reference));
                throw new IllegalStateException("the causing change fails");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        assertThat(notifications.outbox(500)).noneMatch(message -> reference.equals(message.reference()));
    }

    private List<UUID> queue(String label, int count) {
        var ids = new ArrayList<UUID>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                ids.add(notifications.mail(new Mail("someone-" + label + i + "@example.org", "Someone " + i,
                        "Subject " + label + " " + i, "Body é ü " + i, "TEST", label)));
            }
        });
        return ids;
    }

    private static Set<String> receivedIds(GreenMail smtp) throws MessagingException {
        var ids = new ArrayList<String>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            ids.add(message.getHeader("X-Relais-Message-Id")[0]);
        }
        assertThat(ids).doesNotHaveDuplicates();
        return ids.stream().collect(Collectors.toSet());
    }

    private static GreenMail startSmtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(100);
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
