package relais.report.internal;

import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.VerdictTexts;
import relais.report.Outcome;
import relais.shared.MoneyFormat;

/** The words of a case in French or English: the reminder template and what the freelancer is told at each step. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CaseMessages {

    private final MessageSource messages;
    private final VerdictTexts verdictTexts;
    private final AccountManagement accounts;

    /** The freelancer's language: what they are told, and texts kept for them to read, are written in it. */
    public Locale localeOf(FreelancerId freelancer) {
        return accounts.forFreelancer(freelancer.value()).flatMap(accounts::byId).map(RelaisUser::locale)
                .orElse(Locale.FRENCH);
    }

    public String get(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String date(java.time.LocalDate date, Locale locale) {
        return verdictTexts.date(date, locale);
    }

    /** An amount as the language writes it ("7 000,00 €", "€7,000.00"); empty when there is none. */
    public String money(java.math.BigDecimal amount, String currency, Locale locale) {
        return amount == null ? "" : MoneyFormat.format(amount, currency == null ? "EUR" : currency, locale);
    }

    /** A plain number with the language's separators ("0,15", "1 234,50"). */
    public String number(java.math.BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        var format = java.text.NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE);
        format.setMinimumFractionDigits(Math.min(2, Math.max(0, value.stripTrailingZeros().scale())));
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    public String outcome(Outcome outcome, Locale locale) {
        return get("report.outcome." + outcome.name(), locale);
    }

    /** The friendly reminder, addressed by name and naming the freelancer and the mission. */
    public Reminder reminder(Locale locale, String clientName, String freelancerName, String missionTitle,
            java.time.LocalDate protectedUntil, int protectionMonths, String managerName) {
        String mission = missionTitle == null ? "" : get("report.reminder.mission", locale, missionTitle);
        String until = protectedUntil == null ? get("report.reminder.openEnded", locale, protectionMonths)
                : get("report.reminder.until", locale, date(protectedUntil, locale));
        return new Reminder(get("report.reminder.subject", locale, freelancerName),
                get("report.reminder.body", locale, clientName, freelancerName, mission, until, managerName));
    }

    public record Reminder(String subject, String body) {
    }
}
