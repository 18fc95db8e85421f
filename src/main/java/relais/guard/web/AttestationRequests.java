package relais.guard.web;

import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import relais.account.RelaisUser;
import relais.account.VerdictBudget;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.DirectWorkAnswer;
import relais.guard.GuardManagement;
import relais.guard.VerdictTexts;
import relais.guard.Voice;
import relais.guard.internal.Attestation;
import relais.guard.internal.Attestations;
import relais.shared.Ids;
import relais.shared.InputCheck;

/**
 * An attestation asked for, from the API or a page: the verdict is asked exactly as on the verdict page (it spends a
 * token of the asker's verdict budget; a freelancer only learns what their own relationships tell), then issued as
 * an attestation. The answer's verdict is the one the attestation states, about the freelancer by name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttestationRequests {

    /** The issued attestation (with its code, given once) and its verdict as the API writes verdicts. */
    record Created(Attestations.Issued issued, VerdictJson verdict) {
    }

    private final GuardManagement guard;
    private final VerdictBudget budget;
    private final FreelancerManagement freelancers;
    private final Attestations attestations;
    private final VerdictTexts texts;

    /** A freelancer about one of their own relationships. */
    Created mine(RelaisUser freelancer, String person, String email, String on) {
        budget.spend(freelancer);
        var query = DirectWorkQuery.parse(person, email, on, guard.today());
        var id = new FreelancerId(freelancer.freelancerId());
        return issue(freelancer, freelancers.freelancerOrThrow(id), query, query.askAbout(guard, id, false));
    }

    /** An account manager about any freelancer's relationship with anyone. */
    Created about(RelaisUser manager, String freelancerId, String person, String email, String on) {
        budget.spend(manager);
        var check = new InputCheck();
        var id = check.field("freelancerId", () -> Ids.parseField(freelancerId));
        check.throwIfInvalid();
        var query = DirectWorkQuery.parse(person, email, on, guard.today());
        var freelancer = freelancers.freelancerOrThrow(new FreelancerId(id));
        return issue(manager, freelancer, query, query.askAbout(guard, freelancer.id(), true));
    }

    private Created issue(RelaisUser asker, Freelancer freelancer, DirectWorkQuery query, DirectWorkAnswer answer) {
        Locale locale = LocaleContextHolder.getLocale();
        var request = new Attestation.Request(
                new Attestation.Asker(asker.id().value(), asker.displayName(), asker.role()),
                freelancer.id().value(), freelancer.fullName(), query.on(), query.email(), answer,
                attestations.policyInForceOn(query.on()), locale);
        var issued = attestations.issue(request);
        return new Created(issued, VerdictJson.of(answer, texts, locale, Voice.about(freelancer.fullName())));
    }
}
