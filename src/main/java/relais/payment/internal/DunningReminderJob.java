package relais.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.billing.InvoiceId;
import relais.billing.OverdueInvoices;
import relais.billing.PlatformIdentity;
import relais.company.Company;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.notification.Mail;
import relais.notification.Notifications;
import relais.payment.LatePenalties;
import relais.shared.MessageArguments;
import relais.shared.Money;
import relais.shared.MoneyFormat;
import relais.shared.PlatformDates;

/**
 * Reminds late payers, by one e-mail per company and step to the company's invoice address, of the invoices that
 * reached 7 or 30 days past their due date unpaid ({@link DunningSteps}). Each invoice's step is recorded in the
 * transaction that queues the mail, once (the row's key), so a job run twice, or on two nodes at once, sends each
 * step once; an invoice paid before its turn is not listed. The mail is in the language of the person behind the
 * invoice address when Relais knows them, else in French.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DunningReminderJob {

    static final String CAUSE = "DUNNING_REMINDER";

    private final OverdueInvoices overdue;
    private final DunningReminderRows reminders;
    private final TransactionTemplate transactions;
    private final CompanyManagement companies;
    private final AccountManagement accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final PlatformIdentity platform;
    private final LatePenalties penalties;
    private final Clock clock;

    /** A company's invoices due for one step. */
    private record Batch(CompanyId company, int step) {
    }

    @Scheduled(fixedDelayString = "${relais.payment.dunning.every:PT1H}", initialDelayString = "${relais.payment.dunning.initial-delay:PT3M}")
    void run() {
        remind(clock.instant());
    }

    /**
     * Sends the reminders due at {@code now}, which is never later than the clock: a reminder is not sent ahead of
     * its day, nor dated after it was sent.
     *
     * @return how many mails were queued
     */
    int remind(Instant now) {
        Instant sentAt = now.isAfter(clock.instant()) ? clock.instant() : now;
        LocalDate today = sentAt.atZone(PlatformDates.PARIS).toLocalDate();
        var late = overdue.overdueOn(today);
        var sent = reminders.sent(late.stream().map(OverdueInvoices.Unpaid::id).toList());
        var batches = new LinkedHashMap<Batch, List<InvoiceId>>();
        for (var invoice : late) {
            var done = sent.getOrDefault(invoice.id(), List.of()).stream().map(DunningReminderRows.Sent::step).toList();
            DunningSteps.due(invoice.dueOn(), today, done).ifPresent(step -> batches
                    .computeIfAbsent(new Batch(invoice.companyId(), step), b -> new ArrayList<>()).add(invoice.id()));
        }
        int mailed = 0;
        for (var batch : batches.entrySet()) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> send(batch.getKey(), batch.getValue(), today, sentAt)))) {
                mailed++;
            }
        }
        return mailed;
    }

    /** Records the step of each invoice still overdue, then queues the mail listing those this run recorded. */
    private boolean send(Batch batch, List<InvoiceId> chosen, LocalDate today, Instant sentAt) {
        Optional<Company> company = companies.company(batch.company()).filter(c -> c.invoiceEmail() != null);
        if (company.isEmpty()) {
            return false;
        }
        var listed = new ArrayList<OverdueInvoices.Unpaid>();
        for (var invoice : overdue.lockOverdueOf(batch.company(), today)) {
            if (chosen.contains(invoice.id()) && reminders.record(invoice.id(), batch.step(), sentAt,
                    penalties.accrued(invoice.amountDue(), invoice.dueOn(), today))) {
                listed.add(invoice);
            }
        }
        if (listed.isEmpty()) {
            return false;
        }
        listed.sort(java.util.Comparator.comparing(OverdueInvoices.Unpaid::dueOn).thenComparing(OverdueInvoices.Unpaid::number));
        String to = company.get().invoiceEmail().value();
        Locale locale = languageOf(to);
        notifications.mail(new Mail(to, company.get().name(), subject(batch.step(), listed.size(), locale),
                body(batch.step(), company.get(), listed, today, locale), CAUSE,
                batch.company() + "#" + batch.step() + "#" + today).in(locale));
        return true;
    }

    /** The language of the person or account behind the invoice address; French when Relais does not know them. */
    private Locale languageOf(String email) {
        Locale locale = accounts.byEmail(email).map(RelaisUser::locale)
                .or(() -> companies.personWithEmail(email).flatMap(p -> accounts.forPerson(p.id().value()))
                        .flatMap(accounts::byId).map(RelaisUser::locale))
                .orElse(Locale.FRENCH);
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private String subject(int step, int count, Locale locale) {
        return messages.getMessage("payment.dunning.mail.subject." + step, new Object[] {count, platform.name()}, locale);
    }

    private String body(int step, Company company, List<OverdueInvoices.Unpaid> listed, LocalDate today, Locale locale) {
        var lines = new StringBuilder();
        Money totalDue = Money.euros("0.00");
        Money totalPenalties = Money.euros("0.00");
        for (var invoice : listed) {
            Money accrued = penalties.accrued(invoice.amountDue(), invoice.dueOn(), today);
            totalDue = totalDue.plus(invoice.amountDue());
            totalPenalties = totalPenalties.plus(accrued);
            lines.append(messages.getMessage("payment.dunning.mail.line", MessageArguments.of(new Object[] {
                    invoice.number(), invoice.issuedOn(), invoice.dueOn(), MoneyFormat.format(invoice.amountDue(), locale),
                    LatePenalties.daysLate(invoice.dueOn(), today), MoneyFormat.format(accrued, locale)}), locale)).append('\n');
        }
        Money indemnities = LatePenalties.RECOVERY_INDEMNITY.times(java.math.BigDecimal.valueOf(listed.size()));
        return messages.getMessage("payment.dunning.mail.body." + step, MessageArguments.of(new Object[] {
                listed.size(), company.name(), platform.name(), lines.toString().stripTrailing(),
                MoneyFormat.format(totalDue, locale), today, MoneyFormat.format(totalPenalties, locale),
                penalties.percent(), MoneyFormat.format(LatePenalties.RECOVERY_INDEMNITY, locale),
                MoneyFormat.format(indemnities, locale), platform.iban(), platform.email()}), locale);
    }
}
