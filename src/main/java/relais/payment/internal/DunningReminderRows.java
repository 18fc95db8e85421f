package relais.payment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.billing.InvoiceId;
import relais.shared.Money;

/** The {@code dunning_reminder} rows: one per invoice and step, written with the mail that carries the step. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DunningReminderRows {

    /** A step sent about an invoice. */
    public record Sent(int step, Instant at, Money penalties) {
    }

    private final JdbcClient jdbc;

    /** The steps sent about each of {@code invoices}, earliest first; invoices never reminded are absent. */
    public Map<InvoiceId, List<Sent>> sent(Collection<InvoiceId> invoices) {
        var found = new HashMap<InvoiceId, List<Sent>>();
        if (invoices.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select r.invoice_id, r.step_days, r.sent_at, r.penalties, i.currency
                from dunning_reminder r join invoice i on i.id = r.invoice_id
                where r.invoice_id = any(:ids) order by r.step_days
                """).param("ids", invoices.stream().map(InvoiceId::value).toArray(UUID[]::new))
                .query(rs -> {
                    found.computeIfAbsent(new InvoiceId(rs.getObject("invoice_id", UUID.class)), id -> new java.util.ArrayList<>())
                            .add(new Sent(rs.getInt("step_days"), rs.getTimestamp("sent_at").toInstant(),
                                    new Money(rs.getBigDecimal("penalties"), rs.getString("currency"))));
                });
        return found;
    }

    /** Records a step; false when it was recorded already (by this run or another, even one still committing). */
    boolean record(InvoiceId invoice, int step, Instant at, Money penalties) {
        return jdbc.sql("""
                insert into dunning_reminder (invoice_id, step_days, sent_at, penalties)
                values (:invoice, :step, :at, :penalties)
                on conflict do nothing
                """).param("invoice", invoice.value()).param("step", step).param("at", Timestamp.from(at))
                .param("penalties", penalties.amount()).update() == 1;
    }
}
