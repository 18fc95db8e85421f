package relais.payment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import relais.shared.ParisCalendar;
import relais.support.Fixtures;
import relais.support.Invoicing;

/**
 * A client company ready to be invoiced, and client invoices to it written straight into the {@code invoice} table
 * with the due dates, statuses and amounts a dunning test needs (the issuing path dates invoices today and gives
 * them 30 days or more, so an overdue invoice cannot be issued now). Their numbers are of a series of their own.
 */
public record DunningWorld(JdbcClient jdbc, String companyId, String companyName, String invoiceEmail) {

    public static DunningWorld create(Fixtures fixtures, JdbcClient jdbc) {
        int n = Fixtures.next();
        String name = "Retard " + n;
        String domain = "late" + n + ".example";
        String id = Invoicing.company(fixtures, name, domain, false);
        return new DunningWorld(jdbc, id, name, "factures@" + domain);
    }

    public static LocalDate today() {
        return ParisCalendar.today(java.time.Clock.systemUTC());
    }

    /** An unpaid client invoice due {@code daysAgo} days before today; its number. */
    public String invoice(int daysAgo, String total) {
        return invoice(daysAgo, total, total, "ISSUED");
    }

    /** A client invoice due {@code daysAgo} days before today (negative: in the future), with what is still due. */
    public String invoice(int daysAgo, String total, String amountDue, String status) {
        int sequence = Fixtures.next() + 1;
        String number = "DUN-2026-" + sequence;
        LocalDate dueOn = today().minusDays(daysAgo);
        jdbc.sql("""
                insert into invoice (id, number, series, year, sequence, kind, issued_on, due_on, status, seller, buyer,
                                     lines, currency, net, vat, total, amount_due, mentions, company_id)
                values (:id, :number, 'DUN', 2026, :sequence, 'CLIENT', :issuedOn, :dueOn, :status,
                        cast(:seller as jsonb), cast(:buyer as jsonb), '[]'::jsonb, 'EUR', :net, :vat, :total, :due,
                        '[]'::jsonb, :company)
                """).param("id", UUID.randomUUID()).param("number", number).param("sequence", sequence)
                .param("issuedOn", Date.valueOf(dueOn.minusDays(30))).param("dueOn", Date.valueOf(dueOn))
                .param("status", status).param("seller", "{\"name\": \"Relais SAS\"}")
                .param("buyer", "{\"name\": \"" + companyName + "\"}")
                .param("net", new BigDecimal(total).divide(new BigDecimal("1.2"), 2, java.math.RoundingMode.HALF_UP))
                .param("vat", new BigDecimal(total).subtract(new BigDecimal(total).divide(new BigDecimal("1.2"), 2,
                        java.math.RoundingMode.HALF_UP)))
                .param("total", new BigDecimal(total)).param("due", new BigDecimal(amountDue))
                .param("company", UUID.fromString(companyId)).update();
        return number;
    }

    public UUID idOf(String number) {
        return jdbc.sql("select id from invoice where number = :n").param("n", number).query(UUID.class).single();
    }

    /** A reminder step recorded as sent earlier. */
    public void reminded(String number, int step) {
        jdbc.sql("insert into dunning_reminder (invoice_id, step_days, sent_at, penalties) values (:id, :step, now(), 0)")
                .param("id", idOf(number)).param("step", step).update();
    }
}
