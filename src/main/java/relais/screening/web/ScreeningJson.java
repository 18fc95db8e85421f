package relais.screening.web;

import java.util.List;

import relais.screening.Category;
import relais.screening.Finding;
import relais.screening.Screening;

/** The screening contract of API.md: {@code flagged} exactly when {@code findings} is not empty, offsets in chars, end exclusive. */
record ScreeningJson(boolean flagged, List<Category> categories, List<FindingJson> findings) {

    record FindingJson(Category category, int start, int end, String text) {
    }

    static ScreeningJson of(Screening s) {
        return new ScreeningJson(s.flagged(), s.categories(),
                s.findings().stream().map(ScreeningJson::finding).toList());
    }

    private static FindingJson finding(Finding f) {
        return new FindingJson(f.category(), f.start(), f.end(), f.text());
    }
}
