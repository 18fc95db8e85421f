package relais.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import relais.notification.DeliveryStatus;
import relais.notification.OutboxMessage;

/**
 * What the SMTP server has taken is committed before the next message goes: a node that dies in the middle of a
 * round leaves at most the message it was sending to be sent again by another node.
 */
class OutboxSenderTest {

    private final List<String> events = new ArrayList<>();

    @Test
    void eachMessageSentIsCommittedBeforeTheNextIsSent() {
        var first = message("first@example.org");
        var second = message("second@example.org");
        var pending = new ArrayList<>(List.of(first, second));

        var outbox = mock(OutboxRows.class);
        when(outbox.claimDue(anyInt())).thenAnswer(call -> {
            int limit = call.getArgument(0);
            var claimed = new ArrayList<>(pending.subList(0, Math.min(limit, pending.size())));
            pending.removeAll(claimed);
            return claimed;
        });
        doAnswer(call -> events.add("marked sent " + call.getArgument(0))).when(outbox).markSent(any());

        var mail = mock(JavaMailSender.class);
        when(mail.createMimeMessage()).thenAnswer(call -> new MimeMessage((Session) null));
        doAnswer(call -> {
            String to = ((MimeMessage) call.getArgument(0)).getAllRecipients()[0].toString();
            if (to.equals(second.to())) {
                throw new IllegalStateException("the node dies while the server takes the second message");
            }
            events.add("sent to " + to);
            return null;
        }).when(mail).send(any(MimeMessage.class));
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(mail);

        var sender = new OutboxSender(outbox, provider, new TransactionTemplate(new RecordingTransactions()),
                new MailDeliveryProperties(null, null, null, null, 0, 20), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        assertThatThrownBy(sender::deliverDue).hasMessageContaining("the node dies");
        assertThat(events).containsExactly("begin", "sent to first@example.org", "marked sent " + first.id(), "commit",
                "begin", "rollback");
    }

    private static OutboxMessage message(String to) {
        return new OutboxMessage(UUID.randomUUID(), to, null, "Objet", "Texte", "TEST", "ref", Instant.EPOCH,
                DeliveryStatus.PENDING, 0, Instant.EPOCH, null, null, "fr");
    }

    /** Says when transactions begin, commit and roll back, in the order of the other events. */
    private final class RecordingTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            events.add("begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            events.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            events.add("rollback");
        }
    }
}
