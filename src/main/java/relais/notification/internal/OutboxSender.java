package relais.notification.internal;

import java.time.Clock;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import relais.notification.OutboxMessage;

/**
 * Delivers the outbox over SMTP in the background. Each message is claimed, sent and marked in a transaction of its
 * own, so a message is marked SENT only once the server took it; failures wait longer each time. Without an SMTP
 * server configured nothing is sent and the messages wait, readable by account managers.
 *
 * <p>The rounds run on Spring's task scheduler (started and stopped with the application), every
 * {@code relais.mail.poll-interval} after the previous round ended, so two rounds of one node never overlap; several
 * nodes are kept apart by the claim's row locks.
 */
@Component
@EnableConfigurationProperties(MailDeliveryProperties.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutboxSender implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRows outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final MailDeliveryProperties properties;
    private final Clock clock;

    /** Sends what is due now; returns how many messages were attempted. */
    int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int attempted = 0;
        while (attempted < properties.batchSize() && deliverOne(sender)) {
            attempted++;
        }
        return attempted;
    }

    /**
     * One message per transaction: a node that dies between the server taking a message and the commit leaves only
     * that message to be sent again by another node (the soak benchmark saw a batch of them sent twice).
     */
    private boolean deliverOne(JavaMailSender sender) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            List<OutboxMessage> due = outbox.claimDue(1);
            due.forEach(message -> deliver(sender, message));
            return !due.isEmpty();
        }));
    }

    private void deliver(JavaMailSender sender, OutboxMessage message) {
        try {
            var mime = sender.createMimeMessage();
            var attachments = outbox.attachments(message.id());
            var helper = new MimeMessageHelper(mime, !attachments.isEmpty(), "UTF-8");
            helper.setFrom(new InternetAddress(properties.from()));
            helper.setTo(message.recipientName() == null ? new InternetAddress(message.to())
                    : new InternetAddress(message.to(), message.recipientName(), "UTF-8"));
            helper.setSubject(message.subject());
            helper.setText(message.body(), false);
            for (var attachment : attachments) {
                helper.addAttachment(attachment.filename(),
                        new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
            }
            mime.setHeader("X-Relais-Message-Id", message.id().toString());
            sender.send(mime);
            outbox.markSent(message.id());
        } catch (MailException | jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
            int failures = message.attempts() + 1;
            boolean giveUp = failures >= properties.maxAttempts();
            outbox.markFailedAttempt(message.id(), describe(e), clock.instant().plus(properties.retryAfter(failures)), giveUp);
            log.warn("Mail {} to {} failed (attempt {}{}): {}", message.id(), message.to(), failures,
                    giveUp ? ", giving up" : "", describe(e));
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : "");
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::safely, properties.pollInterval(), properties.pollInterval()));
    }

    private void safely() {
        try {
            while (deliverDue() == properties.batchSize()) {
                // a full batch means more may be due at once
            }
        } catch (RuntimeException e) {
            log.warn("Outbox delivery round failed; will try again", e);
        }
    }
}
