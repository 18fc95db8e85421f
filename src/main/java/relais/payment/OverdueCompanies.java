package relais.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import relais.billing.OverdueInvoices;
import relais.company.CompanyId;
import relais.payment.internal.DunningReminderRows;
import relais.shared.Money;
import relais.shared.ParisCalendar;

/**
 * The account managers' list of late payers: overdue client invoices grouped by company, the company whose oldest
 * overdue invoice is oldest first, each invoice with its days late, penalties to date and the reminders sent.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OverdueCompanies {

    /** A company with its overdue invoices, earliest due first, and their totals. */
    public record Company(CompanyId id, String name, List<Invoice> invoices, Money amountDue, Money penalties) {
    }

    /** One overdue invoice as of today, with the reminder steps already sent about it. */
    public record Invoice(OverdueInvoices.Unpaid invoice, long daysLate, Money penalties,
            List<DunningReminderRows.Sent> reminders) {
    }

    private final OverdueInvoices overdue;
    private final DunningReminderRows reminders;
    private final LatePenalties penalties;
    private final Clock clock;

    public List<Company> today() {
        return on(ParisCalendar.today(clock));
    }

    List<Company> on(LocalDate today) {
        var late = overdue.overdueOn(today);
        var sent = reminders.sent(late.stream().map(OverdueInvoices.Unpaid::id).toList());
        var byCompany = new LinkedHashMap<CompanyId, List<Invoice>>();
        for (var unpaid : late) {
            byCompany.computeIfAbsent(unpaid.companyId(), c -> new ArrayList<>()).add(new Invoice(unpaid,
                    LatePenalties.daysLate(unpaid.dueOn(), today),
                    penalties.accrued(unpaid.amountDue(), unpaid.dueOn(), today),
                    sent.getOrDefault(unpaid.id(), List.of())));
        }
        // the query answers earliest due first, so each company's first invoice is its oldest, and companies come in
        // the order of their oldest invoice
        return byCompany.entrySet().stream().map(e -> new Company(e.getKey(),
                e.getValue().getFirst().invoice().companyName(), List.copyOf(e.getValue()),
                e.getValue().stream().map(i -> i.invoice().amountDue()).reduce(Money.euros("0.00"), Money::plus),
                e.getValue().stream().map(Invoice::penalties).reduce(Money.euros("0.00"), Money::plus))).toList();
    }
}
