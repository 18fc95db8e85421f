package relais.report.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import relais.report.Outcome;

/** Closed reports per month, one stacked bar per month and one colour per outcome, laid out for an SVG. */
record OutcomeChart(int width, int height, List<Bar> bars, List<Legend> legend, int max) {

    record Segment(int y, int height, String color, String outcome, long count) {
    }

    record Bar(int x, String month, long total, List<Segment> segments) {
    }

    record Legend(String outcome, String color) {
    }

    static final int PLOT_HEIGHT = 160;
    static final int BAR_WIDTH = 36;
    static final int GAP = 18;
    private static final Map<Outcome, String> COLORS = Map.of(Outcome.NOT_PROTECTED, "#9aa3b5", Outcome.REMINDED, "#1f5fbf",
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
        var bars = new ArrayList<Bar>();
        int x = GAP;
        for (String month : months) {
            var segments = new ArrayList<Segment>();
            int top = PLOT_HEIGHT;
            long total = 0;
            for (Outcome outcome : Outcome.values()) {
                long count = counts.get(month).getOrDefault(outcome, 0L);
                if (count == 0) {
                    continue;
                }
                int h = (int) Math.max(1, Math.round(count * (double) PLOT_HEIGHT / max));
                top -= h;
                segments.add(new Segment(top, h, COLORS.get(outcome), outcome.name(), count));
                total += count;
            }
            bars.add(new Bar(x, month, total, segments));
            x += BAR_WIDTH + GAP;
        }
        var legend = java.util.Arrays.stream(Outcome.values()).map(o -> new Legend(o.name(), COLORS.get(o))).toList();
        return new OutcomeChart(Math.max(x, 200), PLOT_HEIGHT + 40, bars, legend, (int) max);
    }
}
