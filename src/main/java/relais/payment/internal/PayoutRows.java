package relais.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.freelancer.FreelancerId;
import relais.payment.Payout;
import relais.payment.PayoutId;
import relais.payment.PayoutStatus;
import relais.payment.TransferId;
import relais.shared.Money;

/**
 * Payouts in the {@code payout} table, one per self-billed invoice. The invoice's number and status are read from
 * billing's {@code invoice} table in the same statement (read-only): a payout whose invoice was cancelled by a credit
 * note is left as it was and excluded from every list and transfer, since there is nothing to pay.
 */
@Repository
public class PayoutRows {

    private static final String SELECT = """
            select p.*, i.number as invoice_number from payout p join invoice i on i.id = p.invoice_id""";
    private static final String PAYABLE = " where p.status = 'PAYABLE' and i.status <> 'CANCELLED'";

    private final JdbcClient jdbc;

    PayoutRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The payout of a self-billed invoice, created WAITING if it does not exist yet: whichever reaction or request
     * comes first creates it, the others find it (a concurrent insert waits for the first to end).
     */
    public void ensure(Invoice selfBilled) {
        jdbc.sql("""
                insert into payout (id, invoice_id, freelancer_id, amount, currency, status, due_on)
                values (:id, :invoice, :freelancer, :amount, :currency, 'WAITING', :dueOn)
                on conflict (invoice_id) do nothing""")
                .param("id", UUID.randomUUID()).param("invoice", selfBilled.id().value())
                .param("freelancer", selfBilled.freelancerId().value()).param("amount", selfBilled.total().amount())
                .param("currency", selfBilled.total().currency()).param("dueOn", selfBilled.dueOn()).update();
    }

    /** The payout of an invoice, locked until the transaction ends. */
    public Optional<Payout> lockedByInvoice(InvoiceId invoice) {
        return jdbc.sql(SELECT + " where p.invoice_id = :invoice for update of p").param("invoice", invoice.value())
                .query(PayoutRows::payout).optional();
    }

    public Optional<Payout> byInvoice(InvoiceId invoice) {
        return jdbc.sql(SELECT + " where p.invoice_id = :invoice").param("invoice", invoice.value())
                .query(PayoutRows::payout).optional();
    }

    /** Writes what a payout's moves change; the invoice, freelancer and currency never change. */
    public void update(Payout p) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", p.id().value());
        params.put("amount", p.amount().amount());
        params.put("status", p.status().name());
        params.put("dueOn", p.dueOn());
        params.put("payableSince", p.payableSince());
        params.put("fee", p.earlyPaymentFee() == null ? null : p.earlyPaymentFee().amount());
        params.put("feeInvoice", p.feeInvoiceId() == null ? null : p.feeInvoiceId().value());
        params.put("earlyAt", p.earlyPaymentAt() == null ? null : OffsetDateTime.ofInstant(p.earlyPaymentAt(), java.time.ZoneOffset.UTC));
        params.put("transfer", p.transferId() == null ? null : p.transferId().value());
        params.put("paidOn", p.paidOn());
        jdbc.sql("""
                update payout set amount = :amount, status = :status, due_on = :dueOn, payable_since = :payableSince,
                       early_payment_fee = :fee, fee_invoice_id = :feeInvoice, early_payment_at = :earlyAt,
                       transfer_id = :transfer, paid_on = :paidOn
                where id = :id""").params(params).update();
    }

    /** Payouts of one freelancer (or all when null), in one status (or all when null), newest first. */
    public List<Payout> list(FreelancerId freelancer, PayoutStatus status) {
        var where = new ArrayList<String>();
        where.add("i.status <> 'CANCELLED'");
        var params = new LinkedHashMap<String, Object>();
        if (freelancer != null) {
            where.add("p.freelancer_id = :freelancer");
            params.put("freelancer", freelancer.value());
        }
        if (status != null) {
            where.add("p.status = :status");
            params.put("status", status.name());
        }
        return jdbc.sql(SELECT + " where " + String.join(" and ", where)
                + " order by p.created_at desc, i.number desc limit 10001").params(params)
                .query(PayoutRows::payout).list();
    }

    /** Every payout that may go into a transfer now, locked, the earliest due first. */
    public List<Payout> payableLocked() {
        return jdbc.sql(SELECT + PAYABLE + " order by p.due_on, i.number for update of p").query(PayoutRows::payout).list();
    }

    public List<Payout> payable() {
        return jdbc.sql(SELECT + PAYABLE + " order by p.due_on, i.number").query(PayoutRows::payout).list();
    }

    /** The payouts a transfer carries, locked, in the order of its file. */
    public List<Payout> ofTransferLocked(TransferId transfer) {
        return jdbc.sql(SELECT + " where p.transfer_id = :transfer order by p.due_on, i.number for update of p")
                .param("transfer", transfer.value()).query(PayoutRows::payout).list();
    }

    static Payout payout(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        var fee = rs.getBigDecimal("early_payment_fee");
        var earlyAt = rs.getObject("early_payment_at", OffsetDateTime.class);
        return new Payout(new PayoutId(rs.getObject("id", UUID.class)),
                new InvoiceId(rs.getObject("invoice_id", UUID.class)), rs.getString("invoice_number"),
                new FreelancerId(rs.getObject("freelancer_id", UUID.class)),
                new Money(rs.getBigDecimal("amount"), currency), PayoutStatus.valueOf(rs.getString("status")),
                rs.getObject("due_on", LocalDate.class), rs.getObject("payable_since", LocalDate.class),
                fee == null ? null : new Money(fee, currency), id(rs, "fee_invoice_id", InvoiceId::new),
                earlyAt == null ? null : earlyAt.toInstant(), id(rs, "transfer_id", TransferId::new),
                rs.getObject("paid_on", LocalDate.class));
    }

    private static <T> T id(ResultSet rs, String column, java.util.function.Function<UUID, T> type) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : type.apply(id);
    }
}
