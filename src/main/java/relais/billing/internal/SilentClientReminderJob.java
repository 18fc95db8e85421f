package relais.billing.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.notification.Mail;
import relais.notification.Notifications;
import relais.shared.PlatformDates;

/**
 * Reminds the client people of a mission, by e-mail through the outbox, of an activity report they have left
 * unanswered: on the 3rd and the 7th day after its submission. Each report's step is recorded in the transaction
 * that queues its mails, and recorded only once (the row's key), so a job run twice, or on two nodes at once,
 * sends each reminder once.
 */
@Component
class SilentClientReminderJob {

    /** A report waiting for its client, with the steps already sent. */
    record Waiting(UUID id, UUID missionId, UUID freelancerId, LocalDate month, BigDecimal days, Instant submittedAt,
            List<Integer> sent) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MissionManagement missions;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final AccountManagement accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    SilentClientReminderJob(JdbcClient jdbc, TransactionTemplate transactions, MissionManagement missions,
            CompanyManagement companies, FreelancerManagement freelancers, AccountManagement accounts,
            Notifications notifications, MessageSource messages, Clock clock,
            @Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.missions = missions;
        this.companies = companies;
        this.freelancers = freelancers;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${relais.billing.reminders.every:PT1H}", initialDelayString = "${relais.billing.reminders.initial-delay:PT2M}")
    void run() {
        remind(clock.instant());
    }

    /**
     * Sends the reminders due at {@code now}.
     *
     * @return how many reports were reminded
     */
    int remind(Instant now) {
        LocalDate today = now.atZone(PlatformDates.PARIS).toLocalDate();
        int reminded = 0;
        for (Waiting report : waiting()) {
            LocalDate submittedOn = report.submittedAt().atZone(PlatformDates.PARIS).toLocalDate();
            var step = SilentClientReminders.due(submittedOn, today, report.sent());
            if (step.isPresent() && Boolean.TRUE.equals(transactions.execute(tx -> send(report, step.get(), now)))) {
                reminded++;
            }
        }
        return reminded;
    }

    private List<Waiting> waiting() {
        return jdbc.sql("""
                select r.id, r.mission_id, r.freelancer_id, r.month, r.days, r.submitted_at,
                       coalesce(array_agg(s.step_days) filter (where s.step_days is not null), '{}') as sent
                from activity_report r left join activity_report_reminder s on s.activity_report_id = r.id
                where r.status = 'SUBMITTED'
                group by r.id
                order by r.submitted_at
                """).query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), rs.getObject("mission_id", UUID.class),
                rs.getObject("freelancer_id", UUID.class), rs.getObject("month", LocalDate.class),
                rs.getBigDecimal("days"), rs.getTimestamp("submitted_at").toInstant(),
                List.of((Integer[]) rs.getArray("sent").getArray()))).list();
    }

    /** Records the step, then queues the mails; a step another run recorded first is left alone. */
    private boolean send(Waiting report, int step, Instant now) {
        var mission = missions.mission(new MissionId(report.missionId())).orElse(null);
        boolean stillWaiting = jdbc.sql("select 1 from activity_report where id = :id and status = 'SUBMITTED' for update")
                .param("id", report.id()).query(Integer.class).optional().isPresent();
        if (mission == null || !stillWaiting) {
            return false;
        }
        int recorded = jdbc.sql("""
                insert into activity_report_reminder (activity_report_id, step_days, sent_at, recipients)
                values (:id, :step, :at, :recipients)
                on conflict do nothing
                """).param("id", report.id()).param("step", step).param("at", Timestamp.from(now))
                .param("recipients", mission.participants().size()).update();
        if (recorded == 0) {
            return false;
        }
        String freelancer = freelancers.freelancer(new FreelancerId(report.freelancerId()))
                .map(f -> f.fullName()).orElse("");
        for (PersonId participant : mission.participants()) {
            companies.person(participant).filter(p -> !p.emails().isEmpty()).ifPresent(person -> {
                Locale locale = accounts.forPerson(participant.value()).flatMap(accounts::byId)
                        .map(RelaisUser::locale).orElse(Locale.FRENCH);
                String month = YearMonth.from(report.month()).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
                String submitted = dayInWords(report.submittedAt().atZone(PlatformDates.PARIS).toLocalDate(), locale);
                String days = relais.shared.web.DayCounts.of(report.days(), locale);
                String subject = messages.getMessage("billingPage.reminder.subject", new Object[] {mission.title()}, locale);
                String body = messages.getMessage("billingPage.reminder.body", new Object[] {person.fullName(), freelancer,
                        submitted, month, mission.title(), days, baseUrl + "/activity-reports/" + report.id()}, locale);
                notifications.mail(new Mail(person.emails().getFirst(), person.fullName(), subject, body,
                        "ACTIVITY_REPORT_REMINDER", report.id() + "#" + step).in(locale));
            });
        }
        return true;
    }

    /** "1er décembre 2026", "27 novembre 2026", "27 November 2026". */
    private static String dayInWords(LocalDate day, Locale locale) {
        boolean french = !"en".equals(locale.getLanguage());
        String rest = day.format(DateTimeFormatter.ofPattern("MMMM yyyy", french ? Locale.FRENCH : Locale.ENGLISH));
        return (french && day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth())) + " " + rest;
    }
}
