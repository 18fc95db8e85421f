package relais.screening.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.company.PersonId;
import relais.guard.GuardManagement;
import relais.mission.Mission;
import relais.notification.Notifications;

/**
 * When a client participant proposes to go direct to a freelancer who is protected with them, the freelancer is
 * offered the report form, filled in. Screening only offers: reporting stays the freelancer's choice.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GoDirectOffers {

    private final GuardManagement guard;
    private final AccountManagement accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    /** The prefilled report form when {@code message} is a proposal to go direct from a person protected on {@code on}. */
    Optional<String> reportFormFor(Mission mission, MissionMessage message, LocalDate on) {
        if (!message.byClient() || !message.proposesGoingDirect()) {
            return Optional.empty();
        }
        var verdict = guard.verdictFor(mission.freelancerId(), new PersonId(message.personId()), on);
        return verdict.isProtected() ? Optional.of(ReportFormLink.to(message)) : Optional.empty();
    }

    /** An in-app notification in the freelancer's language; written in the caller's transaction. */
    void tellFreelancer(Mission mission, MissionMessage message, String reportForm) {
        accounts.forFreelancer(mission.freelancerId().value()).flatMap(accounts::byId).ifPresent(account -> {
            Locale locale = account.locale();
            String title = messages.getMessage("screening.notify.title", null, locale);
            String body = messages.getMessage("screening.notify.body", new Object[] {message.authorName(), mission.title()}, locale);
            notifications.inApp(account.id().value(), locale, title, body, reportForm);
        });
    }
}
