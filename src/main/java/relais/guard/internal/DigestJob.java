package relais.guard.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.guard.EndingQuery;
import relais.guard.EndingRelationship;
import relais.guard.EndingRelationships;
import relais.guard.VerdictTexts;
import relais.notification.Mail;
import relais.notification.Notifications;
import relais.shared.PlatformDates;

/**
 * The weekly digest of relationships ending soon, mailed to every account manager through the outbox. The week
 * (its Monday in Paris) is recorded in the transaction that queues the mails, and only once (the row's key): a job
 * that runs every hour, on any number of nodes, sends each week's digest once. A week with nothing ending is
 * recorded too, and mails nobody.
 */
@Component
class DigestJob {

    /** Relationships written out in one mail; the rest are counted and left to the page. */
    static final int LISTED = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final EndingRelationships ending;
    private final AccountManagement accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final VerdictTexts texts;
    private final Clock clock;
    private final String baseUrl;

    DigestJob(JdbcClient jdbc, TransactionTemplate transactions, EndingRelationships ending,
            AccountManagement accounts, Notifications notifications, MessageSource messages, VerdictTexts texts,
            Clock clock, @Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.ending = ending;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${relais.guard.digest.every:PT1H}",
            initialDelayString = "${relais.guard.digest.initial-delay:PT5M}")
    void run() {
        send(clock.instant());
    }

    /**
     * Sends the digest of the week of {@code now}, unless it went out already.
     *
     * @return how many mails were queued (0 when this week's digest was already sent or nothing ends)
     */
    int send(Instant now) {
        LocalDate today = now.atZone(PlatformDates.PARIS).toLocalDate();
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (sent(week)) {
            return 0;
        }
        List<EndingRelationship> found = ending.all(new EndingQuery(today, EndingQuery.DEFAULT_WITHIN));
        List<EndingRelationships.Named> listed = ending.named(found, LISTED);
        List<RelaisUser> managers = found.isEmpty() ? List.of() : accounts.accountManagers();
        Integer queued = transactions.execute(status -> {
            int recorded = jdbc.sql("""
                    insert into ending_digest_week (week_of, sent_at, recipients, listed)
                    values (:week, :at, :recipients, :listed) on conflict do nothing""")
                    .param("week", week).param("at", Timestamp.from(now)).param("recipients", managers.size())
                    .param("listed", found.size()).update();
            if (recorded == 0) {
                return 0;
            }
            for (RelaisUser manager : managers) {
                notifications.mail(mail(manager, week, listed, found.size()));
            }
            return managers.size();
        });
        return queued == null ? 0 : queued;
    }

    private boolean sent(LocalDate week) {
        return jdbc.sql("select 1 from ending_digest_week where week_of = :week").param("week", week)
                .query(Integer.class).optional().isPresent();
    }

    private Mail mail(RelaisUser manager, LocalDate week, List<EndingRelationships.Named> listed, int total) {
        Locale locale = manager.locale();
        String lines = listed.stream().map(named -> message("ending.digest.line", locale,
                named.freelancerName(), named.personName(),
                named.companyName() == null ? "—" : named.companyName(),
                texts.date(named.relationship().protectedUntil(), locale))).collect(Collectors.joining("\n"));
        if (total > listed.size()) {
            lines += "\n" + message("ending.digest.more", locale, total - listed.size());
        }
        String subject = message("ending.digest.subject", locale, total);
        String body = message("ending.digest.body", locale, manager.displayName(), EndingQuery.DEFAULT_WITHIN, lines,
                baseUrl + "/relationships/ending");
        return new Mail(manager.email(), manager.displayName(), subject, body, "ENDING_DIGEST",
                week + "#" + manager.id().value()).in(locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
