package relais.mission.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import relais.account.AccountId;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerManagement;
import relais.mission.ExtensionAnswered;
import relais.mission.ExtensionProposed;
import relais.mission.IncidentClosed;
import relais.mission.IncidentDeclared;
import relais.mission.Mission;
import relais.mission.MissionId;
import relais.notification.Mail;
import relais.notification.Notifications;

/**
 * Tells the other side what happened after a mission's start, in the app and by e-mail, in the reader's language,
 * once the step has committed (a failed notice never undoes the step; the publication registry retries it).
 * Extensions: the client people are asked to answer, the freelancer learns the answer. Incidents: account managers
 * learn of a new one; both sides read the resolution.
 */
@Component
class AftercareNotifier {

    private final MissionRows missions;
    private final IncidentRows incidents;
    private final AccountManagement accounts;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    AftercareNotifier(MissionRows missions, IncidentRows incidents, AccountManagement accounts,
            FreelancerManagement freelancers, CompanyManagement companies, Notifications notifications,
            MessageSource messages, @Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        this.missions = missions;
        this.incidents = incidents;
        this.accounts = accounts;
        this.freelancers = freelancers;
        this.companies = companies;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ExtensionProposed proposed) {
        var mission = mission(proposed.missionId());
        var notice = new Notice("mission.notify.extension.proposed", "EXTENSION_PROPOSED", proposed.extensionId().toString(),
                "/missions/" + mission.id() + "#extensions", proposed.proposedByName(), mission.title());
        mission.participants().forEach(person -> tellPerson(person, notice));
        if (proposed.byAccountManager()) {
            tellFreelancer(mission, notice);
        }
    }

    @ApplicationModuleListener
    void on(ExtensionAnswered answered) {
        var mission = mission(answered.missionId());
        tellFreelancer(mission, new Notice("mission.notify.extension." + answered.status().name(),
                "EXTENSION_" + answered.status().name(), answered.extensionId().toString(),
                "/missions/" + mission.id() + "#extensions", answered.answeredByName(), mission.title()));
    }

    @ApplicationModuleListener
    void on(IncidentDeclared declared) {
        var mission = mission(declared.missionId());
        for (RelaisUser manager : accounts.accountManagers()) {
            Locale locale = manager.locale();
            var notice = new Notice("mission.notify.incident.declared", "INCIDENT_DECLARED",
                    declared.incidentId().toString(), "/incidents/" + declared.incidentId(), declared.declaredByName(),
                    mission.title(), messages.getMessage("mission.incident.category." + declared.category().name(), null, locale));
            tell(manager.id(), locale, manager.email(), manager.displayName(), notice);
        }
    }

    @ApplicationModuleListener
    void on(IncidentClosed closed) {
        var mission = mission(closed.missionId());
        var incident = incidents.byId(closed.incidentId()).orElseThrow();
        var notice = new Notice("mission.notify.incident.closed", "INCIDENT_CLOSED", closed.incidentId().toString(),
                "/missions/" + mission.id() + "#incidents", mission.title(), incident.resolution());
        tellFreelancer(mission, notice);
        mission.participants().forEach(person -> tellPerson(person, notice));
    }

    /** What to say: "KEY.title" and "KEY.body" with the arguments, the mail's cause and reference, and the link. */
    private record Notice(String key, String cause, String reference, String link, Object... args) {
    }

    private void tellFreelancer(Mission mission, Notice notice) {
        var freelancer = freelancers.freelancerOrThrow(mission.freelancerId());
        var account = accounts.forFreelancer(mission.freelancerId().value());
        tell(account.orElse(null), localeOf(account.orElse(null)), freelancer.email().value(), freelancer.fullName(), notice);
    }

    private void tellPerson(PersonId personId, Notice notice) {
        var person = companies.personOrThrow(personId);
        var account = accounts.forPerson(personId.value());
        String email = person.emails().isEmpty() ? null : person.emails().getFirst();
        tell(account.orElse(null), localeOf(account.orElse(null)), email, person.fullName(), notice);
    }

    private Locale localeOf(AccountId account) {
        return account == null ? Locale.FRENCH
                : accounts.byId(account).map(RelaisUser::locale).orElse(Locale.FRENCH);
    }

    private void tell(AccountId account, Locale locale, String email, String name, Notice notice) {
        String title = messages.getMessage(notice.key() + ".title", null, locale);
        String body = messages.getMessage(notice.key() + ".body", notice.args(), locale);
        if (account != null) {
            notifications.inApp(account.value(), locale, title, body, notice.link());
        }
        if (email != null && !email.isBlank()) {
            notifications.mail(new Mail(email, name, title,
                    messages.getMessage("mission.mail.body", new Object[] {name, body, baseUrl + notice.link()}, locale),
                    notice.cause(), notice.reference()).in(locale));
        }
    }

    private Mission mission(MissionId id) {
        return missions.byId(id).orElseThrow();
    }
}
