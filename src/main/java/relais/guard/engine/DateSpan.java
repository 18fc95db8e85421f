package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Days from {@code start} to {@code end}, both included; a null end means no end yet. */
record DateSpan(LocalDate start, LocalDate end) {

    DateSpan {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Span ends before it starts: " + start + " .. " + end);
        }
    }

    boolean openEnded() {
        return end == null;
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    boolean overlaps(DateSpan other) {
        return (end == null || !other.start.isAfter(end)) && (other.end == null || !start.isAfter(other.end));
    }

    /** Overlapping or adjacent (one ends the day before the other starts): one stretch with no free day between. */
    boolean touches(DateSpan other) {
        return (end == null || !other.start.isAfter(end.plusDays(1)))
                && (other.end == null || !start.isAfter(other.end.plusDays(1)));
    }

    /** The days strictly before {@code day}; empty when the span starts on or after it. */
    Optional<DateSpan> before(LocalDate day) {
        if (!start.isBefore(day)) {
            return Optional.empty();
        }
        LocalDate last = day.minusDays(1);
        return Optional.of(new DateSpan(start, end != null && end.isBefore(last) ? end : last));
    }

    /** The day after the span, null when open-ended. */
    LocalDate dayAfter() {
        return end == null ? null : end.plusDays(1);
    }

    /** The union of spans, with overlapping and adjacent ones merged, sorted by start. */
    static List<DateSpan> merge(Collection<DateSpan> spans) {
        List<DateSpan> sorted = spans.stream().sorted(Comparator.comparing(DateSpan::start)).toList();
        List<DateSpan> merged = new ArrayList<>();
        for (DateSpan span : sorted) {
            if (!merged.isEmpty() && merged.getLast().touches(span)) {
                DateSpan last = merged.removeLast();
                merged.add(new DateSpan(last.start, laterEnd(last.end, span.end)));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The days of {@code spans} that no span of {@code holes} covers. Both lists must be merged already. */
    static List<DateSpan> minus(List<DateSpan> spans, List<DateSpan> holes) {
        List<DateSpan> remaining = new ArrayList<>(spans);
        for (DateSpan hole : holes) {
            List<DateSpan> next = new ArrayList<>();
            for (DateSpan span : remaining) {
                if (!span.overlaps(hole)) {
                    next.add(span);
                    continue;
                }
                span.before(hole.start).ifPresent(next::add);
                if (hole.end != null && (span.end == null || span.end.isAfter(hole.end))) {
                    next.add(new DateSpan(hole.end.plusDays(1), span.end));
                }
            }
            remaining = next;
        }
        return remaining;
    }

    /** The later of two ends, where null (no end) is the latest. */
    static LocalDate laterEnd(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return null;
        }
        return a.isAfter(b) ? a : b;
    }
}
