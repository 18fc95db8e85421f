package relais.payment.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.billing.Invoice;
import relais.billing.InvoiceId;
import relais.payment.BankStatements;
import relais.payment.Payments;
import relais.shared.ParisCalendar;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * The account managers' "Payments": statements to upload, the lines no invoice took (to assign or dismiss), the
 * statements imported and the payments of the last three months; and, per client invoice, the form that records a
 * payment received by other means.
 */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PaymentPages {

    private static final int RECENT_DAYS = 90;

    private final Payments payments;
    private final BankStatements statements;
    private final FormSubmission submission;
    private final MessageSource messages;
    private final Clock clock;

    /** What a line's forms hold when one of them was refused: which line, which form, what was typed. */
    record Typed(String line, String action, String value) {
        static final Typed NONE = new Typed("", "", "");
    }

    @GetMapping("/payments")
    String page(@AuthenticationPrincipal RelaisUser user, Model model) {
        return draw(user, model, Map.of(), Typed.NONE);
    }

    @PostMapping("/payments/statements")
    String upload(@RequestParam(name = "document", required = false) MultipartFile document,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var imported = statements.importDocument(bytes(document), user);
            redirect.addFlashAttribute("flash", say("payment.in.page.imported", imported.matched().size(),
                    imported.unmatched().size(), imported.alreadyImported().size()));
            return "redirect:/payments";
        }, errors -> draw(user, model, errors, Typed.NONE));
    }

    @PostMapping("/payments/lines/{line}/assign")
    String assign(@PathVariable UUID line, @RequestParam(defaultValue = "") String invoice,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var recorded = statements.assignByNumber(line, invoice, user);
            redirect.addFlashAttribute("flash", say("payment.in.page.assigned", recorded.invoice().number()));
            return "redirect:/payments";
        }, errors -> draw(user, model, errors, new Typed(line.toString(), "assign", invoice)));
    }

    @PostMapping("/payments/lines/{line}/dismiss")
    String dismiss(@PathVariable UUID line, @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            statements.dismiss(line, note, user);
            redirect.addFlashAttribute("flash", say("payment.in.page.dismissed"));
            return "redirect:/payments";
        }, errors -> draw(user, model, errors, new Typed(line.toString(), "dismiss", note)));
    }

    @GetMapping("/invoices/{id}/payments")
    String invoice(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        return drawInvoice(id, user, model, Map.of(), new PaymentForm("", "", ""));
    }

    /** The record-a-payment form as typed. */
    record PaymentForm(String amount, String paidOn, String reference) {
    }

    @PostMapping("/invoices/{id}/payments")
    String record(@PathVariable InvoiceId id, PaymentForm form, @AuthenticationPrincipal RelaisUser user,
            Model model, RedirectAttributes redirect) {
        payments.ofInvoice(id, user);
        return submission.attempt(() -> {
            var values = new FormValues();
            var amount = values.positiveMoney("amount", form.amount(), LocaleContextHolder.getLocale());
            LocalDate paidOn = values.date("paidOn", form.paidOn());
            values.throwIfInvalid();
            var recorded = payments.record(id, amount, paidOn, form.reference(), user);
            redirect.addFlashAttribute("flash", say("payment.in.page.recorded", recorded.invoice().number()));
            return "redirect:/invoices/" + id + "/payments";
        }, errors -> drawInvoice(id, user, model, errors, form));
    }

    private String draw(RelaisUser user, Model model, Map<String, String> errors, Typed typed) {
        LocalDate today = ParisCalendar.today(clock);
        var unsettled = statements.unsettled(user);
        model.addAttribute("unsettled", unsettled);
        // A line settled meanwhile (by another tab or person) is no longer drawn: its refusal is said above the list.
        model.addAttribute("lineGone", !typed.line().isEmpty()
                && unsettled.stream().noneMatch(line -> line.id().toString().equals(typed.line())));
        model.addAttribute("statements", statements.imported(user));
        model.addAttribute("recent", payments.between(today.minusDays(RECENT_DAYS), today, user));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "payment/payments";
    }

    private String drawInvoice(InvoiceId id, RelaisUser user, Model model, Map<String, String> errors,
            PaymentForm form) {
        List<relais.payment.Payment> received = payments.ofInvoice(id, user);
        Invoice invoice = payments.invoice(id, user);
        model.addAttribute("invoice", invoice);
        model.addAttribute("overdue", invoice.overdue(ParisCalendar.today(clock)));
        model.addAttribute("received", received);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "payment/invoice-payments";
    }

    private static byte[] bytes(MultipartFile document) {
        try {
            return document == null ? null : document.getBytes();
        } catch (IOException unreadable) {
            return null;
        }
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
