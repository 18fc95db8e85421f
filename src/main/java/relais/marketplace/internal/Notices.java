package relais.marketplace.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.company.Person;
import relais.freelancer.Freelancer;
import relais.notification.Mail;
import relais.notification.Notifications;

/**
 * Tells a freelancer or a client person what happened on a brief, in the app (when they have a login) and by
 * e-mail, in their own language (French when they have no login to say otherwise). Written in the transaction of
 * the step; the outbox delivers the mail after it commits.
 */
@Component
public class Notices {

    private final Notifications notifications;
    private final AccountManagement accounts;
    private final MessageSource messages;
    private final String baseUrl;

    Notices(Notifications notifications, AccountManagement accounts, MessageSource messages,
            @Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** Tells the freelancer; {@code key} names "marketplace.notice.KEY.title" and ".body". */
    public void toFreelancer(Freelancer freelancer, String key, String link, String reference,
            Function<Locale, Object[]> args) {
        var account = accounts.forFreelancer(freelancer.id().value()).flatMap(accounts::byId);
        tell(account, freelancer.email().value(), freelancer.fullName(), key, link, reference, args);
    }

    /** Tells a client person, at their first address. */
    public void toPerson(Person person, String key, String link, String reference, Function<Locale, Object[]> args) {
        if (person.emails().isEmpty()) {
            return;
        }
        var account = accounts.forPerson(person.id().value()).flatMap(accounts::byId);
        tell(account, person.emails().getFirst(), person.fullName(), key, link, reference, args);
    }

    private void tell(Optional<RelaisUser> account, String email, String name, String key, String link,
            String reference, Function<Locale, Object[]> args) {
        Locale locale = account.map(RelaisUser::locale).orElse(Locale.FRENCH);
        Object[] said = args.apply(locale);
        String title = messages.getMessage("marketplace.notice." + key + ".title", said, locale);
        String body = messages.getMessage("marketplace.notice." + key + ".body", said, locale);
        account.ifPresent(a -> notifications.inApp(a.id().value(), locale, title, body, link));
        notifications.mail(new Mail(email, name, messages.getMessage("marketplace.mail.subject", new Object[] {title}, locale),
                messages.getMessage("marketplace.mail.body", new Object[] {name, body, baseUrl + link}, locale),
                "MARKETPLACE_" + key.toUpperCase(Locale.ROOT), reference).in(locale));
    }
}
