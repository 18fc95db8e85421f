package relais.report.internal;

import java.util.Locale;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.notification.Mail;
import relais.notification.Notifications;
import relais.report.BriefProposed;
import relais.report.BuyoutPaid;
import relais.report.BuyoutQuoted;
import relais.report.CaseAssigned;
import relais.report.ClientReminded;
import relais.report.ReportAnswered;
import relais.report.ReportClosed;
import relais.report.ReportId;
import relais.report.ReportOpened;
import relais.shared.Money;
import relais.shared.MoneyFormat;

/**
 * Tells the freelancer each step of their report, in the app and by e-mail, in their own language, once the step
 * has committed. Each reaction runs in a transaction of its own; Spring Modulith's publication registry keeps it
 * until it has, so after a crash in between a live node runs it again (database's ReactionRetries) instead of losing it.
 *
 * <p>It lives here, beside the case, rather than in the notification module: the words, the link and the
 * freelancer's language are the case's business, and the notification module stays a plain API that knows no
 * other module (a listener there would make it depend on report, which already depends on it).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseNotifier {

    private final AccountManagement accounts;
    private final FreelancerManagement freelancers;
    private final Notifications notifications;
    private final CaseMessages messages;

    @ApplicationModuleListener
    void on(ReportOpened opened) {
        tell(opened.reportId(), opened.freelancerId(), "REPORTED.title", "REPORTED.protected",
                locale -> new Object[] {opened.personName(), messages.date(opened.dueOn(), locale)});
    }

    @ApplicationModuleListener
    void on(ReportAnswered answered) {
        tell(answered.reportId(), answered.freelancerId(), "REPORTED.title", "REPORTED.free",
                locale -> new Object[] {answered.personName()});
    }

    @ApplicationModuleListener
    void on(CaseAssigned assigned) {
        tell(assigned.reportId(), assigned.freelancerId(), "ASSIGNED.title", "ASSIGNED.body",
                locale -> new Object[] {assigned.assigneeName()});
    }

    @ApplicationModuleListener
    void on(ClientReminded reminded) {
        tell(reminded.reportId(), reminded.freelancerId(), "REMINDER_SENT.title", "REMINDER_SENT.body",
                locale -> new Object[] {reminded.managerName(), reminded.personName()});
    }

    @ApplicationModuleListener
    void on(BriefProposed proposed) {
        tell(proposed.reportId(), proposed.freelancerId(), "BRIEF_PROPOSED.title", "BRIEF_PROPOSED.body",
                locale -> new Object[] {proposed.managerName(), proposed.personName()});
    }

    @ApplicationModuleListener
    void on(BuyoutQuoted quoted) {
        tell(quoted.reportId(), quoted.freelancerId(), "BUYOUT_QUOTED.title", "BUYOUT_QUOTED.body",
                locale -> new Object[] {MoneyFormat.format(new Money(quoted.fee(), quoted.currency()), locale)});
    }

    @ApplicationModuleListener
    void on(BuyoutPaid paid) {
        tell(paid.reportId(), paid.freelancerId(), "BUYOUT_PAID.title", "BUYOUT_PAID.body",
                locale -> new Object[] {messages.date(paid.on(), locale)});
    }

    @ApplicationModuleListener
    void on(ReportClosed closed) {
        String note = closed.note();
        tell(closed.reportId(), closed.freelancerId(), "CLOSED.title", "CLOSED.body", locale -> new Object[] {
                messages.outcome(closed.outcome(), locale),
                note == null || note.isBlank() ? "" : messages.get("report.notify.note", locale, note)});
    }

    /** The title and body ("report.notify." + key) in the freelancer's language, with the given arguments. */
    private void tell(ReportId report, FreelancerId freelancerId, String titleKey, String bodyKey,
            Function<Locale, Object[]> args) {
        var freelancer = freelancers.freelancerOrThrow(freelancerId);
        var account = accounts.forFreelancer(freelancerId.value()).flatMap(accounts::byId);
        Locale locale = account.map(RelaisUser::locale).orElse(Locale.FRENCH);
        String title = messages.get("report.notify." + titleKey, locale);
        String body = messages.get("report.notify." + bodyKey, locale, args.apply(locale));
        String link = "/reports/" + report;
        account.ifPresent(a -> notifications.inApp(a.id().value(), locale, title, body, link));
        notifications.mail(new Mail(freelancer.email().value(), freelancer.fullName(),
                messages.get("report.mail.subject", locale, title),
                messages.get("report.mail.body", locale, freelancer.fullName(), body, notifications.link(link)),
                "REPORT_" + bodyKey.replace('.', '_'), report.toString()).in(locale));
    }
}
