package relais.screening;

import java.util.Objects;

/**
 * One suspicious passage. {@code start}/{@code end} are char offsets into the screened text
 * (end exclusive) and {@code text} is exactly that original substring, disguises included.
 */
public record Finding(Category category, int start, int end, String text) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for '" + text + "'");
        }
    }

    static Finding of(Category category, String original, int start, int end) {
        return new Finding(category, start, end, original.substring(start, end));
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
