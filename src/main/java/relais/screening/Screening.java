package relais.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The detector's verdict for one message. It only reports: {@code flagged} is true exactly when
 * {@code findings} is not empty, {@code categories} are distinct and in enum order, findings are
 * sorted by start offset.
 */
public record Screening(boolean flagged, List<Category> categories, List<Finding> findings) {

    public Screening {
        categories = List.copyOf(categories);
        findings = List.copyOf(findings);
    }

    private static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::category);

    static final Screening CLEAN = new Screening(false, List.of(), List.of());

    static Screening of(List<Finding> findings) {
        if (findings.isEmpty()) {
            return CLEAN;
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(BY_POSITION);
        EnumSet<Category> seen = EnumSet.noneOf(Category.class);
        for (Finding f : sorted) {
            seen.add(f.category());
        }
        return new Screening(true, List.copyOf(seen), sorted);
    }
}
