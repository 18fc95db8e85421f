package relais.payment.web;

import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.billing.InvoiceId;
import relais.payment.EarlyPayments;
import relais.payment.Payout;
import relais.payment.PayoutStatus;
import relais.payment.Payouts;
import relais.shared.InputCheck;
import relais.shared.InvalidValueException;
import relais.shared.MoneyJson;

/** Payouts in the API: the freelancer's early payment, and who is owed what. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PayoutApi {

    /** A payout as API.md writes it, with the invoice's number, the early-payment fee and the day it was paid. */
    record PayoutJson(String id, String invoiceId, String invoiceNumber, MoneyJson amount, String status,
            LocalDate dueOn, LocalDate paidOn, MoneyJson earlyPaymentFee) {

        static PayoutJson of(Payout p) {
            return new PayoutJson(p.id().toString(), p.invoiceId().toString(), p.invoiceNumber(),
                    MoneyJson.of(p.amount()), p.status().name(), p.dueOn(), p.paidOn(),
                    p.earlyPaymentFee() == null ? null : MoneyJson.of(p.earlyPaymentFee()));
        }
    }

    record EarlyPaymentJson(MoneyJson fee, MoneyJson payoutAmount, LocalDate payoutDueOn) {
    }

    private final Payouts payouts;
    private final EarlyPayments earlyPayments;

    @PostMapping("/invoices/{id}/early-payment")
    @PreAuthorize("hasRole('FREELANCER')")
    @ResponseStatus(HttpStatus.CREATED)
    EarlyPaymentJson earlyPayment(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user) {
        var done = earlyPayments.ask(id, user);
        return new EarlyPaymentJson(MoneyJson.of(done.fee()), MoneyJson.of(done.payoutAmount()), done.payoutDueOn());
    }

    @GetMapping("/payouts")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    List<PayoutJson> list(@RequestParam(required = false) String status, @AuthenticationPrincipal RelaisUser user) {
        var check = new InputCheck();
        PayoutStatus wanted = check.optional("status", status, () -> status(status));
        check.throwIfInvalid();
        var found = payouts.visibleTo(user, wanted);
        if (found.size() > Payouts.MOST_UNPAGED) {
            check.problem("status", "payment.out.validation.tooMany",
                    "more than 10,000 payouts match: narrow them by status");
            check.throwIfInvalid();
        }
        return found.stream().map(PayoutJson::of).toList();
    }

    static PayoutStatus status(String text) {
        try {
            return PayoutStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("validation.choice", "is not one of the known values");
        }
    }
}
