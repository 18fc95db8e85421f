package relais.guard.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import relais.guard.PersonTimeline;
import relais.guard.TimelineSpan;

/**
 * The geometry of the protected-clients timeline, computed on the server so the page needs no script: one row
 * per person, one bar per protected stretch, a marker for today. Open-ended stretches run to the right edge.
 */
public record TimelineChart(int width, int height, List<Row> rows, List<Tick> ticks, double todayX, LocalDate today) {

    public record Row(String personName, int y, List<Bar> bars) {

        /** The name as drawn: a long one is cut so it never runs under the bars (the full name is in the title). */
        public String label() {
            return personName.length() <= LABEL_CHARACTERS ? personName
                    : personName.substring(0, LABEL_CHARACTERS - 1).stripTrailing() + "…";
        }
    }

    public record Bar(double x, double width, String via, boolean openEnded, LocalDate start, LocalDate end) {
    }

    public record Tick(double x, int year) {
    }

    /** Drawn for a desktop card (about 1100 px) so that it fills it; narrow screens get the list instead. */
    static final int WIDTH = 1000;
    static final int LABEL = 260;
    /** About as many characters of a 15-unit font as fit in the label column. */
    static final int LABEL_CHARACTERS = 28;
    static final int ROW = 30;
    static final int TOP = 24;

    static TimelineChart of(List<PersonTimeline> timelines, LocalDate today) {
        LocalDate first = today.minusMonths(6);
        LocalDate last = today.plusMonths(6);
        for (PersonTimeline timeline : timelines) {
            for (TimelineSpan span : timeline.spans()) {
                first = span.start().isBefore(first) ? span.start() : first;
                if (span.end() != null && span.end().isAfter(last)) {
                    last = span.end();
                }
            }
        }
        LocalDate from = first.withDayOfYear(1);
        LocalDate to = last.plusYears(1).withDayOfYear(1);
        double perDay = (WIDTH - LABEL - 10) / (double) ChronoUnit.DAYS.between(from, to);
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        for (PersonTimeline timeline : timelines) {
            List<Bar> bars = new ArrayList<>();
            for (TimelineSpan span : timeline.spans()) {
                double x = LABEL + perDay * ChronoUnit.DAYS.between(from, span.start());
                LocalDate end = span.end() == null ? to : span.end().plusDays(1);
                double w = Math.max(2, perDay * ChronoUnit.DAYS.between(span.start(), end));
                bars.add(new Bar(round(x), round(w), span.via().name(), span.openEnded(), span.start(), span.end()));
            }
            rows.add(new Row(timeline.personName(), y, bars));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate year = from; year.isBefore(to); year = year.plusYears(1)) {
            ticks.add(new Tick(round(LABEL + perDay * ChronoUnit.DAYS.between(from, year)), year.getYear()));
        }
        double todayX = round(LABEL + perDay * ChronoUnit.DAYS.between(from, today));
        return new TimelineChart(WIDTH, y + 8, rows, ticks, todayX, today);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
