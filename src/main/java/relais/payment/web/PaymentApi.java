package relais.payment.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.payment.BankStatements;
import relais.payment.Payment;
import relais.payment.Payments;
import relais.shared.InputCheck;
import relais.shared.InvalidValueException;
import relais.shared.MoneyJson;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;

/**
 * Client payments and bank statements in the API, for account managers. Anybody else is answered 404, as for an
 * unknown invoice or line, so that nobody learns what exists.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class PaymentApi {

    record PaymentRequest(MoneyJson amount, String paidOn, String reference) {
    }

    @Schema(name = "StatementLineAssignment")
    record AssignRequest(String invoiceId) {
    }

    record DismissRequest(String note) {
    }

    /** The invoice as a payment leaves it. */
    record InvoiceState(String id, String number, String kind, String status, boolean overdue, MoneyJson total,
            MoneyJson amountDue) {

        static InvoiceState of(Invoice i, LocalDate today) {
            return new InvoiceState(i.id().toString(), i.number(), i.kind().name(), i.status().name(), i.overdue(today),
                    MoneyJson.of(i.total()), MoneyJson.of(i.amountDue()));
        }
    }

    record PaymentJson(String id, String invoiceId, String invoiceNumber, MoneyJson amount, LocalDate paidOn,
            String reference, String statementLineId) {

        static PaymentJson of(Payment p) {
            return new PaymentJson(p.id().toString(), p.invoiceId().toString(), p.invoiceNumber(),
                    MoneyJson.of(p.amount()), p.paidOn(), p.reference(),
                    p.statementLineId() == null ? null : p.statementLineId().toString());
        }
    }

    record RecordedJson(String id, String invoiceId, String invoiceNumber, MoneyJson amount, LocalDate paidOn,
            String reference, InvoiceState invoice) {
    }

    @Schema(name = "StatementLineJson")
    record LineJson(String id, String statementId, int position, MoneyJson amount, LocalDate bookingDate,
            String remittance, String debtorName, List<String> invoiceNumbers, List<String> invoiceIds,
            String reason) {

        static LineJson of(BankStatements.Line l) {
            return new LineJson(l.id().toString(), l.statementId(), l.position(), MoneyJson.of(l.amount()),
                    l.bookedOn(), l.remittance(), l.debtorName(), l.invoiceNumbers(),
                    l.invoiceIds().stream().map(InvoiceId::toString).toList(), l.reason());
        }
    }

    record ImportJson(List<LineJson> matched, List<LineJson> unmatched, List<String> alreadyImported) {
    }

    private final Payments payments;
    private final BankStatements statements;
    private final Clock clock;

    @PostMapping("/invoices/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    RecordedJson record(@PathVariable InvoiceId id, @RequestBody(required = false) PaymentRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        var request = body == null ? new PaymentRequest(null, null, null) : body;
        var check = new InputCheck();
        var amount = check.optional("amount", request.amount(), () -> request.amount().toMoney());
        LocalDate paidOn = check.optional("paidOn", request.paidOn(), () -> date(request.paidOn()));
        if (!check.isValid()) {
            payments.ofInvoice(id, user); // an unknown invoice or a caller who may not pay is still a 404 first
            check.throwIfInvalid();
        }
        var recorded = payments.record(id, amount, paidOn, request.reference(), user);
        Payment p = recorded.payment();
        return new RecordedJson(p.id().toString(), p.invoiceId().toString(), p.invoiceNumber(),
                MoneyJson.of(p.amount()), p.paidOn(), p.reference(),
                InvoiceState.of(recorded.invoice(), ParisCalendar.today(clock)));
    }

    @GetMapping("/invoices/{id}/payments")
    List<PaymentJson> ofInvoice(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user) {
        return payments.ofInvoice(id, user).stream().map(PaymentJson::of).toList();
    }

    @PostMapping(path = "/bank-statements", consumes = {"application/xml", "text/xml"})
    ImportJson importStatement(InputStream body, @AuthenticationPrincipal RelaisUser user) throws IOException {
        if (user == null || !user.isAccountManager()) {
            throw new NotFoundException("bank statements are the account managers'");
        }
        // One byte more than allowed is enough to know the file is too large, whatever its real size.
        byte[] document = body.readNBytes(BankStatements.MOST_BYTES + 1);
        var imported = statements.importDocument(document, user);
        return new ImportJson(imported.matched().stream().map(LineJson::of).toList(),
                imported.unmatched().stream().map(LineJson::of).toList(), imported.alreadyImported());
    }

    @GetMapping("/bank-statement-lines")
    List<LineJson> unsettled(@AuthenticationPrincipal RelaisUser user) {
        return statements.unsettled(user).stream().map(LineJson::of).toList();
    }

    @PostMapping("/bank-statement-lines/{id}/assign")
    @ResponseStatus(HttpStatus.CREATED)
    PaymentJson assign(@PathVariable String id, @RequestBody(required = false) AssignRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        UUID line = lineId(id);
        var check = new InputCheck();
        String invoice = body == null ? null : body.invoiceId();
        check.required("invoiceId", invoice);
        UUID invoiceId = check.optional("invoiceId", invoice, () -> relais.shared.Ids.parseField(invoice));
        check.throwIfInvalid();
        return PaymentJson.of(statements.assign(line, new InvoiceId(invoiceId), user).payment());
    }

    @PostMapping("/bank-statement-lines/{id}/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@PathVariable String id, @RequestBody(required = false) DismissRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        statements.dismiss(lineId(id), body == null ? null : body.note(), user);
    }

    private static UUID lineId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw NotFoundException.of("statement line", text);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("validation.date", "must be a date as YYYY-MM-DD", text);
        }
    }
}
