package relais.payment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.billing.InvoiceLedger;
import relais.billing.PlatformIdentity;
import relais.payment.internal.AccountingRows;

/**
 * The FEC (Fichier des écritures comptables) of a calendar year: every document billing issued, every client payment
 * and every executed payout of the year, as balanced entries in date order, written to the output as they are read
 * from the database. Memory stays that of one batch, whatever the size of the year.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountingExport {

    /** Payments and payouts read before billing is asked, in one query, for the invoices they name. */
    static final int LOOKUP_BATCH = 500;

    /** What was written. */
    public record Written(long entries, long lines) {
    }

    private final InvoiceLedger ledger;
    private final AccountingRows rows;
    private final PlatformIdentity platform;

    /** The conventional name: the platform's SIREN, "FEC", the closing date of the year. */
    public String fileName(Year year) {
        return platform.siren() + "FEC" + DateTimeFormatter.BASIC_ISO_DATE.format(year.atMonth(12).atEndOfMonth()) + ".txt";
    }

    /** Writes the year's FEC, UTF-8, to {@code out}, flushed but left open. One read-only transaction, one snapshot. */
    @Transactional(readOnly = true)
    public Written write(Year year, OutputStream out) {
        var text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        var fec = new FecWriter(text);
        try (var invoices = ledger.issuedIn(year); var payments = rows.paymentsIn(year);
                var payouts = rows.payoutsPaidIn(year)) {
            FecMerge.inDateOrder(List.of(invoices.map(FecEntries::of).iterator(),
                    FecMerge.inBatches(payments.iterator(), LOOKUP_BATCH, this::paymentEntries),
                    FecMerge.inBatches(payouts.iterator(), LOOKUP_BATCH, this::payoutEntries)), fec::write);
        }
        try {
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(fec.entries(), fec.lines());
    }

    /**
     * Money received on client invoices. A payment recorded on another kind of document is not a client's money: what
     * the platform pays out is in the payouts.
     */
    private List<FecEntry> paymentEntries(List<AccountingRows.PaymentRow> batch) {
        var invoices = ledger.byIds(batch.stream().map(AccountingRows.PaymentRow::invoice).toList());
        return batch.stream().map(row -> {
            var invoice = invoices.get(row.invoice());
            return invoice == null || !invoice.clientSide() ? null : FecEntries.of(
                    new AccountingPayment(invoice, row.amount(), row.paidOn(), row.reference(), row.recordedOn()));
        }).filter(Objects::nonNull).toList();
    }

    private List<FecEntry> payoutEntries(List<AccountingRows.PayoutRow> batch) {
        var invoices = ledger.byIds(batch.stream().map(AccountingRows.PayoutRow::invoice).toList());
        return batch.stream().map(row -> {
            var invoice = invoices.get(row.invoice());
            return invoice == null ? null
                    : FecEntries.of(new AccountingPayout(invoice, row.transferred(), row.paidOn(), row.recordedOn()));
        }).filter(Objects::nonNull).toList();
    }
}
