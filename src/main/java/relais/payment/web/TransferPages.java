package relais.payment.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.payment.TransferId;
import relais.payment.Transfers;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * The account managers' "Transfers": the payouts the next transfer would carry (and those it must leave out for want
 * of an IBAN), issuing it, and the latest transfers with their pain.001 file and the confirmation of execution.
 */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TransferPages {

    private static final int LATEST = 50;

    private final Transfers transfers;
    private final FormSubmission submission;
    private final MessageSource messages;

    @GetMapping("/transfers")
    String page(@AuthenticationPrincipal RelaisUser user, Model model) {
        return draw(user, model, Map.of(), null, "");
    }

    @PostMapping("/transfers")
    String issue(@AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return submission.attempt(() -> {
            var issued = transfers.issue(user);
            redirect.addFlashAttribute("flash", say("payment.out.page.transfers.issued", issued.payoutIds().size(),
                    issued.transfer().messageId()));
            return "redirect:/transfers";
        }, errors -> draw(user, model, errors, null, ""));
    }

    @PostMapping("/transfers/{id}/executed")
    String executed(@PathVariable TransferId id, @RequestParam(defaultValue = "") String on,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        transfers.find(id, user);
        return submission.attempt(() -> {
            var values = new FormValues();
            LocalDate day = values.date("on", on);
            values.throwIfInvalid();
            var done = transfers.executed(id, day, user);
            redirect.addFlashAttribute("flash", say("payment.out.page.transfers.executed", done.messageId()));
            return "redirect:/transfers";
        }, errors -> draw(user, model, errors, id.toString(), on));
    }

    @GetMapping("/transfers/{id}/xml")
    ResponseEntity<byte[]> xml(@PathVariable TransferId id, @AuthenticationPrincipal RelaisUser user) {
        var transfer = transfers.find(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(transfer.messageId() + ".xml").build().toString())
                .body(transfers.xml(id, user).getBytes(StandardCharsets.UTF_8));
    }

    private String draw(RelaisUser user, Model model, Map<String, String> errors, String failed, String typedOn) {
        model.addAttribute("payable", transfers.payable(user));
        model.addAttribute("transfers", transfers.latest(user, LATEST));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("typedOn", typedOn);
        return "payment/transfers";
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
