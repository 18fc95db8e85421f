package relais.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.billing.InvoicePayments;
import relais.payment.internal.CamtReader;
import relais.payment.internal.CamtStatement;
import relais.payment.internal.StatementMatching;
import relais.payment.internal.StatementRows;
import relais.payment.internal.StatementRows.LineRow;
import relais.payment.internal.StatementRows.StatementRow;
import relais.shared.ConflictException;
import relais.shared.FieldProblem;
import relais.shared.InputCheck;
import relais.shared.InvalidInputException;
import relais.shared.Money;
import relais.shared.NotFoundException;

/**
 * Bank statements (camt.053) imported by account managers: credit lines naming client invoices become payments, the
 * others wait in a list until a person assigns them to an invoice or dismisses them. A statement already imported
 * (same message and statement ids) is skipped, so importing a file twice records nothing twice.
 */
@Service
@RequiredArgsConstructor
public class BankStatements {

    /** Larger files are refused before being read: a month of a busy account is far below. */
    public static final int MOST_BYTES = 25 * 1024 * 1024;
    public static final int MOST_LISTED = 500;
    static final int NOTE_LENGTH = 2000;

    /** One credit line as the import (or the list) reports it; {@code reason} is null when it found its invoices. */
    public record Line(UUID id, String statementId, int position, Money amount, LocalDate bookedOn, String remittance,
            String debtorName, List<String> invoiceNumbers, List<InvoiceId> invoiceIds, String reason) {
    }

    /** What one import did; {@code alreadyImported} names the statements skipped as seen before. */
    public record Imported(List<Line> matched, List<Line> unmatched, List<String> alreadyImported) {
    }

    /** An imported statement with its counts of lines. */
    public record Summary(BankStatementId id, String messageId, String statementId, String accountIban, String version,
            Instant importedAt, int lines, int matched, int unsettled) {
    }

    private final StatementRows rows;
    private final InvoicePayments invoicePayments;
    private final Payments payments;
    private final Clock clock;

    /** Reads and records the document in one transaction: a refused document (400) records nothing. */
    @Transactional
    public Imported importDocument(byte[] document, RelaisUser user) {
        Payments.requireManager(user);
        if (document != null && document.length > MOST_BYTES) {
            throw new InvalidInputException(List.of(new FieldProblem(CamtReader.FIELD,
                    "The file is larger than 25 MB.", "payment.in.camt.too.large", new Object[] {25})));
        }
        List<CamtStatement> statements = CamtReader.read(document);
        var matched = new ArrayList<Line>();
        var unmatched = new ArrayList<Line>();
        var skipped = new ArrayList<String>();
        Instant now = clock.instant();
        for (CamtStatement statement : statements) {
            if (rows.exists(statement.messageId(), statement.statementId())) {
                skipped.add(statement.statementId());
                continue;
            }
            var id = new BankStatementId(UUID.randomUUID());
            rows.insertStatement(id, statement, user.id(), now);
            var numbers = new LinkedHashSet<String>();
            statement.lines().forEach(l -> numbers.addAll(StatementMatching.numbers(l.remittance())));
            Map<String, Invoice> invoices = invoicePayments.clientInvoicesLocked(numbers);
            for (CamtStatement.Line line : statement.lines()) {
                var outcome = StatementMatching.match(line.amount(), line.remittance(), invoices);
                UUID lineId = UUID.randomUUID();
                rows.insertLine(lineId, id, line, outcome.matched() ? null : outcome.reason().name(), user.id(), now);
                var ids = new ArrayList<InvoiceId>();
                for (var share : outcome.shares()) {
                    var recorded = payments.apply(share.invoice(), share.amount(), line.bookedOn(),
                            reference(statement.statementId(), line.position()), lineId, user);
                    invoices.put(recorded.invoice().number(), recorded.invoice());
                    ids.add(recorded.invoice().id());
                }
                var reported = new Line(lineId, statement.statementId(), line.position(), line.amount(),
                        line.bookedOn(), line.remittance(), line.debtorName(), outcome.numbers(), ids,
                        outcome.matched() ? null : outcome.reason().name());
                (outcome.matched() ? matched : unmatched).add(reported);
            }
        }
        return new Imported(matched, unmatched, skipped);
    }

    /** The lines no invoice took yet, oldest booking first. */
    public List<Line> unsettled(RelaisUser user) {
        Payments.requireManager(user);
        return rows.unsettled(MOST_LISTED).stream().map(BankStatements::line).toList();
    }

    /** The statements imported, latest first, with their counts. */
    public List<Summary> imported(RelaisUser user) {
        Payments.requireManager(user);
        return rows.statements(MOST_LISTED).stream().map(BankStatements::summary).toList();
    }

    /**
     * Settles an unmatched line by paying {@code invoice} with its amount and booking day (the rules of any payment
     * apply: 409 when the invoice cannot take it). 404 for an unknown line, 409 for one settled already.
     */
    @Transactional
    public Payments.Recorded assign(UUID lineId, InvoiceId invoice, RelaisUser user) {
        LineRow line = unsettledLine(lineId, user);
        Invoice target = payments.managed(invoice, user);
        var recorded = payments.apply(target, line.amount(), line.bookedOn(),
                reference(line.statementReference(), line.position()), lineId, user);
        rows.settle(lineId, user.id(), clock.instant(), null);
        return recorded;
    }

    /**
     * {@link #assign} with the invoice given by its number, as a person types it on the page: a field problem on
     * {@code invoice} when it is not one client invoice number, or no such invoice exists.
     */
    @Transactional
    public Payments.Recorded assignByNumber(UUID lineId, String number, RelaisUser user) {
        Payments.requireManager(user);
        var check = new InputCheck();
        check.required("invoice", number);
        check.throwIfInvalid();
        List<String> named = List.copyOf(StatementMatching.numbers(number));
        if (named.size() != 1) {
            check.problem("invoice", "payment.in.validation.invoice.number",
                    "must be one client invoice number such as F-2026-00042");
            check.throwIfInvalid();
        }
        Invoice invoice = invoicePayments.clientInvoicesLocked(named).get(named.getFirst());
        if (invoice == null) {
            check.problem("invoice", "payment.in.validation.invoice.unknown", "no client invoice has this number");
            check.throwIfInvalid();
        }
        return assign(lineId, invoice.id(), user);
    }

    /** Settles an unmatched line without a payment (not ours, refunded...): the note says why; it is required. */
    @Transactional
    public void dismiss(UUID lineId, String note, RelaisUser user) {
        Payments.requireManager(user);
        var check = new InputCheck();
        check.required("note", note);
        check.text("note", note, NOTE_LENGTH, true);
        check.throwIfInvalid();
        unsettledLine(lineId, user);
        rows.settle(lineId, user.id(), clock.instant(), note.strip());
    }

    private LineRow unsettledLine(UUID lineId, RelaisUser user) {
        Payments.requireManager(user);
        LineRow line = rows.lineLocked(lineId).orElseThrow(() -> NotFoundException.of("statement line", lineId));
        if (line.settled()) {
            throw new ConflictException(null, "payment.in.conflict.settled",
                    "This statement line is settled already.");
        }
        return line;
    }

    private static String reference(String statementId, int position) {
        return statementId + " #" + position;
    }

    private static Line line(LineRow row) {
        List<String> numbers = List.copyOf(StatementMatching.numbers(row.remittance()));
        return new Line(row.id(), row.statementReference(), row.position(), row.amount(), row.bookedOn(),
                row.remittance(), row.debtorName(), numbers, List.of(), row.unmatchedReason());
    }

    private static Summary summary(StatementRow row) {
        return new Summary(row.id(), row.messageId(), row.statementId(), row.accountIban(), row.version(),
                row.importedAt(), row.lines(), row.matched(), row.unsettled());
    }
}
