package relais.shared.web;

import java.util.Map;

import org.springframework.ui.Model;

/** The model shapes that many pages share, so each controller says only what is its own. */
public final class PageModels {

    private PageModels() {
    }

    /**
     * A list searched as one types: the whole page at first, then (for htmx) the {@code results} fragment alone.
     *
     * @param found the things found, under {@code name}
     */
    public static String searchResults(Model model, String view, String query, String htmx, String name, Object found) {
        model.addAttribute("q", query);
        model.addAttribute(name, found);
        return htmx != null ? view + " :: results" : view;
    }

    /**
     * A form drawn, or drawn again: its values, the refusal beside each field (field name → message) and the id of the
     * thing it edits ({@code null} for a new one).
     */
    public static Model form(Model model, Object form, Map<String, String> errors, Object editing) {
        return model.addAttribute("form", form).addAttribute("errors", errors).addAttribute("editing", editing);
    }
}
