package relais.payment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.billing.InvoiceId;
import relais.shared.CursorJdbc;
import relais.shared.PlatformDates;

/**
 * The year's payments and executed payouts for the accounting export, in date order through database cursors: they
 * run in the caller's (read-only) transaction, which must be open, and the caller closes the streams.
 */
@Repository
public class AccountingRows {

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 500;

    /** A payment as stored: the invoice it pays is named by id, for billing to describe. */
    public record PaymentRow(InvoiceId invoice, BigDecimal amount, LocalDate paidOn, String reference,
            LocalDate recordedOn) {
    }

    /** An executed payout: {@code transferred} is what the bank sent, after any early-payment fee. */
    public record PayoutRow(InvoiceId invoice, BigDecimal transferred, LocalDate paidOn, LocalDate recordedOn) {
    }

    private final JdbcClient jdbc;

    AccountingRows(DataSource dataSource) {
        this.jdbc = CursorJdbc.client(dataSource, FETCH_SIZE);
    }

    public Stream<PaymentRow> paymentsIn(Year year) {
        return jdbc.sql("""
                select invoice_id, amount, paid_on, reference, recorded_at
                from payment
                where paid_on >= :from and paid_on < :until
                order by paid_on, recorded_at, id""")
                .param("from", year.atDay(1)).param("until", year.plusYears(1).atDay(1))
                .query((rs, row) -> new PaymentRow(new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                        rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class), rs.getString("reference"),
                        parisDay(rs, "recorded_at")))
                .stream();
    }

    /**
     * Payouts paid in {@code year}. The payout's amount is what the bank sent: the self-billed invoice's total, less
     * the early-payment fee when there was one (the fee invoice offsets that part). Recorded on the day the account
     * manager confirmed the transfer's execution.
     */
    public Stream<PayoutRow> payoutsPaidIn(Year year) {
        return jdbc.sql("""
                select p.invoice_id, p.amount as transferred, p.paid_on,
                       t.confirmed_at
                from payout p left join transfer t on t.id = p.transfer_id
                where p.status = 'PAID' and p.paid_on >= :from and p.paid_on < :until
                order by p.paid_on, t.confirmed_at, p.id""")
                .param("from", year.atDay(1)).param("until", year.plusYears(1).atDay(1))
                .query((rs, row) -> {
                    LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
                    LocalDate confirmed = parisDay(rs, "confirmed_at");
                    return new PayoutRow(new InvoiceId(rs.getObject("invoice_id", UUID.class)),
                            rs.getBigDecimal("transferred"), paidOn, confirmed == null ? paidOn : confirmed);
                })
                .stream();
    }

    private static LocalDate parisDay(ResultSet rs, String column) throws SQLException {
        var moment = rs.getObject(column, OffsetDateTime.class);
        return moment == null ? null : moment.atZoneSameInstant(PlatformDates.PARIS).toLocalDate();
    }
}
