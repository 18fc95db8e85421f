package relais.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.report.BuyoutId;
import relais.report.BuyoutQuotes;
import relais.report.Buyouts;
import relais.report.CaseHandling;
import relais.report.CaseReminders;
import relais.report.CloseRequest;
import relais.report.DuplicateReminderException;
import relais.report.Freed;
import relais.report.Outcome;
import relais.report.ReminderRequest;
import relais.report.ReportId;
import relais.shared.FieldProblem;
import relais.shared.InvalidInputException;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * The account manager's actions on a case. Each one either succeeds and goes back to the case with a flash saying
 * what happened, or is refused and the case is drawn again with the refusal beside its field.
 */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseActions {

    private final CaseHandling handling;
    private final CaseReminders reminders;
    private final BuyoutQuotes quotes;
    private final Buyouts buyouts;
    private final CaseView view;
    private final FormSubmission submission;

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable ReportId id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, () -> {
            handling.assign(id, user, user);
            return view.say("cases.flash.assigned");
        });
    }

    @PostMapping("/cases/{id}/notes")
    String note(@PathVariable ReportId id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return actOnText("note", "text", text, id, user, model, redirect, () -> {
            handling.note(id, user, text);
            return view.say("cases.flash.note");
        });
    }

    @PostMapping("/cases/{id}/reminders")
    String remind(@PathVariable ReportId id, @RequestParam(defaultValue = "fr") String draft,
            @RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        Locale draftLocale = CasePages.draftLocale(draft);
        return submission.attempt(() -> {
            try {
                // The page's fields always come filled from the draft: sent empty, they are a mistake, not "the template".
                var message = reminders.remind(id, user, new ReminderRequest(draftLocale.getLanguage(), subject, body, confirm));
                redirect.addFlashAttribute("flash", view.say("cases.flash.reminder", message.recipientName()));
                return "redirect:/cases/" + id;
            } catch (DuplicateReminderException repeat) {
                return view.draw(id, user, model, java.util.Map.of(), subject, body, draftLocale, repeat.sentAt());
            }
        }, errors -> view.draw(id, user, model, errors, subject, body, draftLocale, null));
    }

    @PostMapping("/cases/{id}/brief-proposals")
    String proposeBrief(@PathVariable ReportId id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return actOnText("brief", "note", text, id, user, model, redirect, () -> {
            handling.proposeBrief(id, user, text);
            return view.say("cases.flash.brief");
        });
    }

    @PostMapping("/cases/{id}/buyouts")
    String quote(@PathVariable ReportId id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, () -> {
            var quoted = quotes.quoteForCase(user, id, null);
            return view.say("cases.flash.quoted", view.money(quoted.fee()));
        });
    }

    @PostMapping("/cases/{id}/buyouts/{buyout}/override")
    String override(@PathVariable ReportId id, @PathVariable BuyoutId buyout, @RequestParam(defaultValue = "") String fee,
            @RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, () -> {
            var changed = buyouts.override(buyout, user, fee, LocaleContextHolder.getLocale(), reason);
            return view.say("cases.flash.override", view.money(changed.fee()));
        });
    }

    @PostMapping("/cases/{id}/buyouts/{buyout}/paid")
    String paid(@PathVariable ReportId id, @PathVariable BuyoutId buyout, @RequestParam(defaultValue = "") String on,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, () -> {
            var values = new FormValues();
            var date = values.date("on", on);
            values.throwIfInvalid();
            var paid = buyouts.pay(buyout, user, date);
            tellFreed(redirect, paid.freed());
            return view.say("cases.flash.paid", view.date(date), view.line(id).personName());
        });
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable ReportId id, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, () -> {
            Outcome chosen = outcome.isBlank() ? null : parseOutcome(outcome);
            var closed = handling.closeCase(id, user, new CloseRequest(chosen, note));
            tellFreed(redirect, closed.freed());
            return view.say("cases.flash.closed", view.say("report.outcome.label." + chosen.name()));
        });
    }

    private static Outcome parseOutcome(String outcome) {
        try {
            return Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new FieldProblem("outcome", "is not a known outcome",
                    "report.validation.outcome.unknown", null)));
        }
    }

    private void tellFreed(RedirectAttributes redirect, Freed freed) {
        redirect.addFlashAttribute("freed", view.freedLines(freed));
        redirect.addFlashAttribute("freedPeople", view.freedPeople(freed));
    }

    /** Runs one case action; the flash says what happened, in the reader's language. */
    private String act(ReportId id, RelaisUser user, Model model, RedirectAttributes redirect, Supplier<String> action) {
        return submission.attempt(() -> done(id, redirect, action),
                errors -> view.draw(id, user, model, errors, null, null, Locale.FRENCH, null));
    }

    /**
     * Runs a case action whose form has one field named {@code text}: the note and the brief proposal share that
     * name on the same page, so a refusal of the action's own field is keyed by the form ({@code note-text},
     * {@code brief-text}) to land beside the right one, which keeps what was typed.
     */
    private String actOnText(String form, String field, String text, ReportId id, RelaisUser user, Model model,
            RedirectAttributes redirect, Supplier<String> action) {
        return submission.attempt(() -> done(id, redirect, action), errors -> {
            var keyed = new LinkedHashMap<String, String>();
            errors.forEach((name, message) -> keyed.put(field.equals(name) ? form + "-text" : name, message));
            model.addAttribute(form + "Text", text);
            return view.draw(id, user, model, keyed, null, null, Locale.FRENCH, null);
        });
    }

    private static String done(ReportId id, RedirectAttributes redirect, Supplier<String> action) {
        redirect.addFlashAttribute("flash", action.get());
        return "redirect:/cases/" + id;
    }
}
