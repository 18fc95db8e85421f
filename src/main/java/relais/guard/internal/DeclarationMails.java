package relais.guard.internal;

import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.company.Person;
import relais.guard.VerdictTexts;
import relais.guard.engine.ReferralDeclaration;
import relais.notification.Mail;
import relais.notification.Notifications;

/**
 * Asks the referrer to confirm a declaration (an e-mail with a single-use link, and an in-app notice when they have
 * a login), and tells the freelancer the answer, each in their own language (French when unknown). Written in the
 * declaring transaction, through the outbox.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeclarationMails {

    private final Notifications notifications;
    private final AccountManagement accounts;
    private final MessageSource messages;
    private final VerdictTexts texts;

    void askReferrer(ReferralDeclaration declaration, Person referrer, String token) {
        var account = accounts.forPerson(referrer.id().value()).flatMap(accounts::byId);
        Locale locale = locale(account.map(RelaisUser::locale).orElse(Locale.FRENCH));
        String note = declaration.note() == null ? "" : text("guard.declaration.mail.note", locale, declaration.note());
        String inApp = account.isPresent()
                ? text("guard.declaration.mail.inApp", locale, notifications.link("/referrals/pending"))
                : "";
        String subject = text("guard.declaration.mail.subject", locale, declaration.freelancerName());
        String body = text("guard.declaration.mail.body", locale, referrer.fullName(), declaration.freelancerName(),
                texts.date(declaration.on(), locale), declaration.referredAsGiven(), note,
                notifications.link("/referrals/confirm/" + token), inApp);
        if (!referrer.emails().isEmpty()) {
            notifications.mail(new Mail(referrer.emails().getFirst(), referrer.fullName(), subject, body,
                    "REFERRAL_DECLARED", declaration.id()).in(locale));
        }
        account.ifPresent(a -> notifications.inApp(a.id().value(), locale, subject,
                text("guard.declaration.notify.referrer", locale, declaration.freelancerName(),
                        declaration.referredAsGiven()), "/referrals/pending"));
    }

    /** In the app only: the freelancer reads the outcome beside their declarations. */
    void tellFreelancer(ReferralDeclaration declaration) {
        accounts.forFreelancer(java.util.UUID.fromString(declaration.freelancerId())).flatMap(accounts::byId)
                .ifPresent(account -> {
                    Locale locale = locale(account.locale());
                    String key = "guard.declaration.notify." + declaration.status();
                    notifications.inApp(account.id().value(), locale, text(key + ".title", locale),
                            text(key, locale, declaration.referrerName(), declaration.referredAsGiven(),
                                    texts.date(declaration.on(), locale)), "/protected-clients");
                });
    }

    private static Locale locale(Locale wanted) {
        return wanted != null && "en".equals(wanted.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
