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
import relais.guard.GuardManagement;
import relais.guard.VerdictTexts;
import relais.guard.Voice;

/**
 * "May I work directly with this person?" asked the one way, from the API or the page: the question spends a token
 * of the caller's verdict budget (even when it turns out malformed), is parsed whole, is asked of the guard, and its
 * verdict is explained in the reader's language.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DirectWorkQuestions {

    /** The explained verdict, and the day it is about as the reader writes dates. */
    record Answered(VerdictJson verdict, String askedOn) {
    }

    private final GuardManagement guard;
    private final VerdictTexts texts;
    private final VerdictBudget budget;
    private final FreelancerManagement freelancers;

    /** A freelancer asks about one of their own relationships; the answer speaks to them. */
    Answered mine(RelaisUser freelancer, String person, String email, String on) {
        budget.spend(freelancer);
        var query = DirectWorkQuery.parse(person, email, on, guard.today());
        var answer = query.askAbout(guard, new FreelancerId(freelancer.freelancerId()), false);
        return answered(VerdictJson.of(answer, texts, locale()), query);
    }

    /** An account manager asks about any freelancer's relationship, and reads about the freelancer by name. */
    Answered about(RelaisUser manager, FreelancerId freelancer, String person, String email, String on) {
        budget.spend(manager);
        var query = DirectWorkQuery.parse(person, email, on, guard.today());
        var answer = query.askAbout(guard, freelancer, true);
        // In the third person, as on the relations page; the name usually came with the facts' currency check.
        String name = answer.freelancerName() != null ? answer.freelancerName()
                : freelancers.freelancer(freelancer).map(Freelancer::fullName).orElse(null);
        return answered(VerdictJson.of(answer, texts, locale(), Voice.about(name)), query);
    }

    private Answered answered(VerdictJson verdict, DirectWorkQuery query) {
        return new Answered(verdict, texts.date(query.on(), locale()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
