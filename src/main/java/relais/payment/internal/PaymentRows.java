package relais.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.AccountId;
import relais.billing.InvoiceId;
import relais.payment.Payment;
import relais.payment.PaymentId;
import relais.shared.Money;

/** The payment table: append-only rows, read with their invoice's number. */
@Repository
@RequiredArgsConstructor
public class PaymentRows {

    private static final String SELECT = "select p.*, i.number from payment p join invoice i on i.id = p.invoice_id";

    private final JdbcClient jdbc;

    public void insert(Payment payment, AccountId recordedBy) {
        jdbc.sql("""
                insert into payment (id, invoice_id, amount, currency, paid_on, reference, statement_line_id,
                                     recorded_by, recorded_at)
                values (:id, :invoice, :amount, :currency, :paidOn, :reference, :line, :by, :at)""")
                .param("id", payment.id().value()).param("invoice", payment.invoiceId().value())
                .param("amount", payment.amount().amount()).param("currency", payment.amount().currency())
                .param("paidOn", payment.paidOn()).param("reference", payment.reference())
                .param("line", payment.statementLineId())
                .param("by", recordedBy == null ? null : recordedBy.value())
                .param("at", Timestamp.from(payment.recordedAt())).update();
    }

    public List<Payment> ofInvoice(InvoiceId invoice) {
        return jdbc.sql(SELECT + " where p.invoice_id = :invoice order by p.paid_on, p.recorded_at")
                .param("invoice", invoice.value()).query(PaymentRows::payment).list();
    }

    /** Payments received between two days (both included), latest first, at most {@code limit}. */
    public List<Payment> between(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql(SELECT + " where p.paid_on between :from and :to order by p.paid_on desc, p.recorded_at desc limit :limit")
                .param("from", from).param("to", to).param("limit", limit).query(PaymentRows::payment).list();
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        UUID line = rs.getObject("statement_line_id", UUID.class);
        Instant at = rs.getTimestamp("recorded_at").toInstant();
        return new Payment(new PaymentId(rs.getObject("id", UUID.class)), new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                rs.getString("number"), new Money(rs.getBigDecimal("amount"), rs.getString("currency").strip()),
                rs.getObject("paid_on", LocalDate.class), rs.getString("reference"), line, at);
    }
}
