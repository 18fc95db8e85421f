package relais.screening.web;

import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.screening.internal.MissionMessages;
import relais.mission.MissionId;
import relais.shared.web.FormSubmission;

/**
 * A mission's conversation page. Sending goes through htmx (the conversation is swapped in place) or a plain
 * form post; either way the sender of a flagged message sees a kind reminder, and the message is delivered.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MessagePages {

    /** One message as shown: account managers see its findings highlighted, the freelancer an offer to report. */
    record Row(relais.screening.internal.MissionMessage message, Highlighted highlighted, String reportForm, boolean mine) {
    }

    private final MissionMessages messages;
    private final Reminders reminders;
    private final FormSubmission submission;

    @GetMapping("/missions/{id}/messages")
    String page(@PathVariable MissionId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        fill(model, id, user, Map.of(), ""); // after a plain form post, the reminder arrives as a flash attribute
        return "screening/messages";
    }

    @PostMapping("/missions/{id}/messages")
    String send(@PathVariable MissionId id, @RequestParam(defaultValue = "") String text,
            @RequestHeader(name = "HX-Request", required = false) String htmx, @AuthenticationPrincipal RelaisUser user,
            Model model, RedirectAttributes redirect) {
        String page = htmx == null ? "screening/messages" : "screening/messages :: conversation";
        return submission.attempt(() -> {
            var sent = messages.post(id, user, text);
            String reminder = reminders.after(sent.screening(), LocaleContextHolder.getLocale());
            if (htmx == null) {
                if (reminder != null) {
                    redirect.addFlashAttribute("reminder", reminder);
                }
                return "redirect:/missions/" + id + "/messages";
            }
            fill(model, id, user, Map.of(), "");
            model.addAttribute("reminder", reminder);
            return page;
        }, errors -> {
            fill(model, id, user, errors, text);
            return page;
        });
    }

    private void fill(Model model, MissionId id, RelaisUser user, Map<String, String> errors, String draft) {
        var conversation = messages.conversation(id, user);
        List<Row> rows = conversation.entries().stream()
                .map(e -> new Row(e.message(),
                        user.isAccountManager() ? Highlighted.of(e.message().body(), e.message().screening().findings()) : null,
                        e.reportForm(), e.message().authorAccountId().equals(user.id().value())))
                .toList();
        model.addAttribute("mission", conversation.mission());
        model.addAttribute("rows", rows);
        model.addAttribute("canWrite", conversation.canWrite());
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draft);
        model.addAttribute("maxLength", MissionMessages.MAX_LENGTH);
    }
}
