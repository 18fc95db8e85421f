package relais.payment.web;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.billing.InvoiceId;
import relais.payment.EarlyPayments;
import relais.payment.Payouts;
import relais.shared.ConflictException;
import relais.shared.web.FormErrors;
import relais.shared.web.FormSubmission;

/**
 * The freelancer's "My payments": each of their self-billed invoices with its payout's state and date, and the way to
 * be paid now, through a page that shows the fee and the net payout before anything is done.
 */
@Controller
@PreAuthorize("hasRole('FREELANCER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PayoutPages {

    private final Payouts payouts;
    private final EarlyPayments earlyPayments;
    private final FormSubmission submission;
    private final FormErrors formErrors;
    private final MessageSource messages;

    @GetMapping("/payouts")
    String list(@AuthenticationPrincipal RelaisUser user, Model model) {
        model.addAttribute("payouts", payouts.visibleTo(user, null));
        return "payment/payouts";
    }

    @GetMapping("/invoices/{id}/early-payment")
    String confirm(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        try {
            model.addAttribute("quote", earlyPayments.quote(id, user));
            model.addAttribute("errors", Map.of());
        } catch (ConflictException refused) {
            model.addAttribute("quote", null);
            model.addAttribute("errors", formErrors.of(refused));
        }
        return "payment/payouts-early";
    }

    @PostMapping("/invoices/{id}/early-payment")
    String ask(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var done = earlyPayments.ask(id, user);
            redirect.addFlashAttribute("flash", messages.getMessage("payment.out.page.early.done",
                    new Object[] {done.invoiceNumber()}, LocaleContextHolder.getLocale()));
            return "redirect:/payouts";
        }, errors -> {
            model.addAttribute("quote", null);
            model.addAttribute("errors", errors);
            return "payment/payouts-early";
        });
    }
}
