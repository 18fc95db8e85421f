package relais.screening.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import relais.screening.Screening;

/** The kind word a sender gets after a flagged message: it went through, and why staying on Relais is worth it. */
@Component
class Reminders {

    private final MessageSource messages;

    Reminders(MessageSource messages) {
        this.messages = messages;
    }

    /** Null when there is nothing to remind. */
    String after(Screening screening, Locale locale) {
        if (!screening.flagged()) {
            return null;
        }
        String found = screening.categories().stream()
                .map(c -> messages.getMessage("screening.found." + c.name(), null, locale))
                .collect(Collectors.joining(messages.getMessage("screening.found.separator", null, locale)));
        return messages.getMessage("screening.reminder", new Object[] {found}, locale);
    }

    /** The one line under highlighted findings in a pasted text. */
    String highlightNote(Locale locale) {
        return messages.getMessage("screening.highlight.note", null, locale);
    }
}
