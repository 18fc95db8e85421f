package relais.report.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerManagement;
import relais.notification.Mail;
import relais.notification.Notifications;
import relais.report.Report;

/** Tells the freelancer each step of their report, in the app and by e-mail, in their own language. */
@Component
public class CaseNotifier {

    private final AccountManagement accounts;
    private final FreelancerManagement freelancers;
    private final Notifications notifications;
    private final CaseMessages messages;
    private final String baseUrl;

    CaseNotifier(AccountManagement accounts, FreelancerManagement freelancers, Notifications notifications,
            CaseMessages messages, @Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.freelancers = freelancers;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** The freelancer's language: what they are told, and texts kept for them to read, are written in it. */
    public Locale localeOf(relais.freelancer.FreelancerId freelancer) {
        return accounts.forFreelancer(freelancer.value()).flatMap(accounts::byId).map(RelaisUser::locale).orElse(Locale.FRENCH);
    }

    /** The title and body keys are resolved in the freelancer's language, with the given arguments. */
    public void tell(Report report, String titleKey, String bodyKey, java.util.function.Function<Locale, Object[]> args) {
        var freelancer = freelancers.freelancerOrThrow(report.freelancerId());
        var account = accounts.forFreelancer(report.freelancerId().value()).flatMap(accounts::byId);
        Locale locale = account.map(RelaisUser::locale).orElse(Locale.FRENCH);
        String title = messages.get(titleKey, locale);
        String body = messages.get(bodyKey, locale, args.apply(locale));
        String link = "/reports/" + report.id();
        account.ifPresent(a -> notifications.inApp(a.id().value(), locale, title, body, link));
        notifications.mail(new Mail(freelancer.email().value(), freelancer.fullName(),
                messages.get("report.mail.subject", locale, title),
                messages.get("report.mail.body", locale, freelancer.fullName(), body, baseUrl + link),
                "REPORT_" + bodyKey.replace("report.notify.", "").replace('.', '_'), report.id().toString()).in(locale));
    }
}
