package relais.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import relais.report.Outcome;

/**
 * Closed reports per month, one stacked bar per month and one colour per outcome, laid out for an SVG with a
 * counted vertical axis. The drawing keeps room for a year and a half of months so that a short history is not a sliver.
 */
record OutcomeChart(int width, int height, List<Bar> bars, List<Legend> legend, int max, List<Tick> ticks,
        int left, int top, int baseline) {

    record Segment(int y, int height, String color, String outcome, long count) {
    }

    record Bar(int x, String month, long total, List<Segment> segments) {
    }

    record Legend(String outcome, String color) {
    }

    /** A graduation of the vertical axis: how many cases, at which height. */
    record Tick(int y, long value) {
    }

    static final int PLOT_HEIGHT = 180;
    static final int BAR_WIDTH = 36;
    static final int GAP = 18;
    static final int LEFT = 48;
    static final int TOP = 12;
    static final int BOTTOM = 44;
    static final int MIN_SLOTS = 18;
    private static final int MAX_TICKS = 4;
    // Every colour reaches 3:1 against the white card (WCAG 1.4.11); white edges keep stacked segments apart.
    private static final Map<Outcome, String> COLORS = Map.of(Outcome.NOT_PROTECTED, "#6b7385", Outcome.REMINDED, "#1f5fbf",
            Outcome.BROUGHT_ON_PLATFORM, "#1b7a43", Outcome.BUYOUT, "#a35a00", Outcome.WAIVED, "#7a4fb5",
            Outcome.BREACH, "#b42318");

    static OutcomeChart of(List<Map<String, Object>> rows) {
        var months = new TreeSet<String>();
        var counts = new LinkedHashMap<String, Map<Outcome, Long>>();
        for (var row : rows) {
            String month = (String) row.get("month");
            months.add(month);
            counts.computeIfAbsent(month, m -> new LinkedHashMap<>())
                    .put(Outcome.valueOf((String) row.get("outcome")), ((Number) row.get("count")).longValue());
        }
        long max = counts.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum()).max().orElse(0);
        long step = Math.max(1, (max + MAX_TICKS - 1) / MAX_TICKS);
        long axisTop = Math.max(step, (max + step - 1) / step * step);
        int baseline = TOP + PLOT_HEIGHT;
        var bars = new ArrayList<Bar>();
        int x = LEFT + GAP;
        for (String month : months) {
            var segments = new ArrayList<Segment>();
            int top = baseline;
            long total = 0;
            for (Outcome outcome : Outcome.values()) {
                long count = counts.get(month).getOrDefault(outcome, 0L);
                if (count == 0) {
                    continue;
                }
                int h = (int) Math.max(1, Math.round(count * (double) PLOT_HEIGHT / axisTop));
                top -= h;
                segments.add(new Segment(top, h, COLORS.get(outcome), outcome.name(), count));
                total += count;
            }
            bars.add(new Bar(x, month, total, segments));
            x += BAR_WIDTH + GAP;
        }
        var ticks = new ArrayList<Tick>();
        for (long value = 0; value <= axisTop; value += step) {
            ticks.add(new Tick((int) Math.round(baseline - value * (double) PLOT_HEIGHT / axisTop), value));
        }
        var legend = java.util.Arrays.stream(Outcome.values()).map(o -> new Legend(o.name(), COLORS.get(o))).toList();
        int width = LEFT + GAP + Math.max(months.size(), MIN_SLOTS) * (BAR_WIDTH + GAP);
        return new OutcomeChart(width, baseline + BOTTOM, bars, legend, (int) max, ticks, LEFT, TOP, baseline);
    }
}
