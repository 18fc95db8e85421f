package relais.shared.web;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.shared.ConflictException;
import relais.shared.InvalidInputException;
import relais.shared.TooManyRequestsException;

/**
 * The one way a page runs a form's write: the write either succeeds and says where to go next, or is refused, and the
 * same form is drawn again with each refusal beside its field (the write's transaction has rolled back, so nothing
 * changed). Anything else is not the reader's doing and goes on to the error page.
 */
@Component
public class FormSubmission {

    private final FormErrors formErrors;

    FormSubmission(FormErrors formErrors) {
        this.formErrors = formErrors;
    }

    /**
     * @param write    performs the change and returns the view or redirect to show after it
     * @param redraw   draws the form again from the field messages (field name → message; "form" for the whole form)
     */
    public String attempt(Supplier<String> write, Function<Map<String, String>, String> redraw) {
        try {
            return write.get();
        } catch (InvalidInputException | ConflictException | TooManyRequestsException refused) {
            return redraw.apply(formErrors.of(refused));
        }
    }

    /**
     * The common case: the write saves one thing and answers its id; the reader then sees that thing's page
     * ({@code page} followed by the id) with a "saved" notice.
     */
    public String save(Supplier<?> write, String page, RedirectAttributes redirect,
            Function<Map<String, String>, String> redraw) {
        return attempt(() -> {
            Object id = write.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + page + id;
        }, redraw);
    }
}
