package relais.screening.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import relais.screening.MessageScreener;
import relais.screening.internal.MissionMessages;

/**
 * The account managers' screening queue, and the highlighting of findings in a pasted text (the report form asks
 * for it through htmx, by URL: the report module does not depend on screening).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class QueuePages {

    private static final int QUEUE_SIZE = 200;

    /** A flagged message with its findings marked in context. */
    record QueueRow(MissionMessages.QueueEntry entry, Highlighted highlighted) {
    }

    private final MissionMessages messages;
    private final MessageScreener screener;
    private final Reminders reminders;

    @GetMapping("/screening")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String queue(Model model) {
        model.addAttribute("rows", messages.queue(QUEUE_SIZE).stream()
                .map(e -> new QueueRow(e, Highlighted.of(e.message().body(), e.message().screening().findings())))
                .toList());
        return "screening/queue";
    }

    /** An htmx fragment: the text with its findings marked and one kind line, or nothing when it is clean. */
    @PostMapping("/screening/highlight")
    String highlight(@RequestParam(defaultValue = "") String text, Model model) {
        var screening = screener.screen(text);
        model.addAttribute("flagged", screening.flagged());
        model.addAttribute("highlighted", Highlighted.of(text, screening.findings()));
        model.addAttribute("note", reminders.highlightNote(LocaleContextHolder.getLocale()));
        return "screening/highlight :: highlights";
    }
}
