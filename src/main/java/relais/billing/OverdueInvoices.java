package relais.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import relais.company.CompanyId;
import relais.shared.Money;

/**
 * The platform's invoices to clients that are not paid yet ({@code ISSUED} or {@code PARTIALLY_PAID}), for those who
 * chase and forecast the money: the dunning reminders, the overdue list and the cash expected per week. Credit notes
 * and cancelled invoices are never among them.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OverdueInvoices {

    /** A client invoice still (partly) unpaid, as the dunning needs it. */
    public record Unpaid(InvoiceId id, String number, CompanyId companyId, String companyName, LocalDate issuedOn,
            LocalDate dueOn, Money total, Money amountDue) {

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }

    private static final String UNPAID = """
            select id, number, company_id, buyer ->> 'name' as company_name, issued_on, due_on, currency, total, amount_due
            from invoice
            where kind = 'CLIENT' and status in ('ISSUED', 'PARTIALLY_PAID') and amount_due > 0
            """;

    private final JdbcClient jdbc;

    /** Every unpaid client invoice, earliest due first. */
    public List<Unpaid> unpaid() {
        return jdbc.sql(UNPAID + " order by due_on, number").query(OverdueInvoices::row).list();
    }

    /** The unpaid client invoices whose due date is before {@code today}, earliest due first. */
    public List<Unpaid> overdueOn(LocalDate today) {
        return jdbc.sql(UNPAID + " and due_on < :today order by due_on, number").param("today", today)
                .query(OverdueInvoices::row).list();
    }

    /**
     * The same for one company, read again and share-locked in the caller's transaction: a payment being recorded
     * on one of them waits for that transaction, and an invoice paid meanwhile is no longer among them.
     */
    public List<Unpaid> lockOverdueOf(CompanyId company, LocalDate today) {
        return jdbc.sql(UNPAID + " and company_id = :company and due_on < :today order by id for share")
                .param("company", company.value()).param("today", today).query(OverdueInvoices::row).list();
    }

    private static Unpaid row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String currency = rs.getString("currency");
        return new Unpaid(new InvoiceId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new CompanyId(rs.getObject("company_id", UUID.class)), rs.getString("company_name"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                new Money(rs.getBigDecimal("total"), currency), new Money(rs.getBigDecimal("amount_due"), currency));
    }
}
