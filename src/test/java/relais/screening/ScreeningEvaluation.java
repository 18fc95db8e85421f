package relais.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Message-level precision and recall of a screener over labelled entries, per category and overall. */
final class ScreeningEvaluation {

    /** Confusion counts for one label. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        void record(boolean expected, boolean predicted) {
            if (expected && predicted) {
                truePositives++;
            } else if (predicted) {
                falsePositives++;
            } else if (expected) {
                falseNegatives++;
            }
        }

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        void add(Counts other) {
            truePositives += other.truePositives;
            falsePositives += other.falsePositives;
            falseNegatives += other.falseNegatives;
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-16s precision %.3f  recall %.3f  (tp %d, fp %d, fn %d)",
                    label, precision(), recall(), truePositives, falsePositives, falseNegatives);
        }
    }

    final Counts overall = new Counts();
    final Map<Category, Counts> perCategory = new EnumMap<>(Category.class);
    final List<String> mistakes = new ArrayList<>();
    /** Each message's verdict by id: its language, whether it should be flagged and whether it was. */
    final Map<String, Verdict> byId = new LinkedHashMap<>();

    record Verdict(String lang, boolean expectedFlagged, boolean flagged) {
    }
    final int size;

    ScreeningEvaluation(MessageScreener screener, List<LabeledCorpus.Entry> entries) {
        for (Category c : Category.values()) {
            perCategory.put(c, new Counts());
        }
        for (LabeledCorpus.Entry e : entries) {
            Screening s = screener.screen(e.text());
            Set<Category> predicted = s.categories().isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(s.categories());
            overall.record(!e.expected().isEmpty(), s.flagged());
            byId.put(e.id(), new Verdict(e.lang(), !e.expected().isEmpty(), s.flagged()));
            for (Category c : Category.values()) {
                perCategory.get(c).record(e.expected().contains(c), predicted.contains(c));
            }
            if (!predicted.equals(e.expected())) {
                mistakes.add(e.id() + " expected " + e.expected() + " got " + predicted + " " + s.findings() + " :: " + e.text());
            }
        }
        size = entries.size();
    }

    String report(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append(" (").append(size).append(" messages)\n");
        sb.append("  ").append(overall.line("overall")).append('\n');
        perCategory.forEach((c, counts) -> sb.append("  ").append(counts.line(c.name())).append('\n'));
        return sb.toString();
    }
}
