package relais.screening.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import relais.screening.Category;
import relais.screening.Finding;

/**
 * A text cut into plain and found parts, so templates can wrap findings in {@code <mark>} while Thymeleaf still
 * escapes every part. Overlapping findings (a phone number inside a proposal) become one marked part.
 */
record Highlighted(List<Part> parts) {

    /** {@code category} is null for plain text. */
    record Part(String text, Category category) {

        public boolean marked() {
            return category != null;
        }
    }

    static Highlighted of(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        List<Part> parts = new ArrayList<>();
        int cursor = 0;
        int i = 0;
        while (i < sorted.size()) {
            Finding first = sorted.get(i);
            int start = Math.max(first.start(), cursor);
            int end = first.end();
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.max(end, sorted.get(i).end());
                i++;
            }
            if (end > text.length() || start >= end) {
                continue; // findings of another version of the text: never cut outside it
            }
            if (start > cursor) {
                parts.add(new Part(text.substring(cursor, start), null));
            }
            parts.add(new Part(text.substring(start, end), first.category()));
            cursor = end;
        }
        if (cursor < text.length()) {
            parts.add(new Part(text.substring(cursor), null));
        }
        return new Highlighted(List.copyOf(parts));
    }
}
