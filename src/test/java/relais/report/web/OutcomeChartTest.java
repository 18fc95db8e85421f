package relais.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutcomeChartTest {

    @Test
    void stacksEachMonthsOutcomesScaledToTheBusiestMonth() {
        var chart = OutcomeChart.of(List.of(
                Map.of("month", "2026-10", "outcome", "REMINDED", "count", 3L),
                Map.of("month", "2026-10", "outcome", "BREACH", "count", 1L),
                Map.of("month", "2026-11", "outcome", "REMINDED", "count", 2L)));
        assertThat(chart.max()).isEqualTo(4);
        assertThat(chart.bars()).extracting(OutcomeChart.Bar::month).containsExactly("2026-10", "2026-11");
        var october = chart.bars().getFirst();
        assertThat(october.total()).isEqualTo(4);
        assertThat(october.segments()).extracting(OutcomeChart.Segment::outcome).containsExactly("REMINDED", "BREACH");
        assertThat(october.segments().stream().mapToInt(OutcomeChart.Segment::height).sum()).isEqualTo(OutcomeChart.PLOT_HEIGHT);
        assertThat(october.segments().getLast().y()).isEqualTo(chart.top());
        var november = chart.bars().get(1);
        assertThat(november.segments().getFirst().height()).isEqualTo(OutcomeChart.PLOT_HEIGHT / 2);
        assertThat(november.segments().getFirst().y() + november.segments().getFirst().height()).isEqualTo(chart.baseline());
        assertThat(november.x()).isGreaterThan(october.x());
    }

    @Test
    void theVerticalAxisCountsCasesFromZeroAtTheBaselineToTheTopOfThePlot() {
        var chart = OutcomeChart.of(List.of(Map.of("month", "2026-10", "outcome", "REMINDED", "count", 10L)));
        assertThat(chart.ticks()).extracting(OutcomeChart.Tick::value).containsExactly(0L, 3L, 6L, 9L, 12L);
        assertThat(chart.ticks().getFirst().y()).isEqualTo(chart.baseline());
        assertThat(chart.ticks().getLast().y()).isEqualTo(chart.top());
        assertThat(chart.bars().getFirst().x()).isGreaterThan(chart.left());
    }

    @Test
    void aShortHistoryKeepsRoomForAYearSoTheChartIsNotASliver() {
        var chart = OutcomeChart.of(List.of(Map.of("month", "2026-10", "outcome", "REMINDED", "count", 1L)));
        assertThat(chart.width()).isGreaterThanOrEqualTo(OutcomeChart.MIN_SLOTS * (OutcomeChart.BAR_WIDTH + OutcomeChart.GAP));
        assertThat(chart.height()).isGreaterThan(OutcomeChart.PLOT_HEIGHT);
    }

    @Test
    void anEmptyHistoryDrawsNoBar() {
        var chart = OutcomeChart.of(List.of());
        assertThat(chart.bars()).isEmpty();
        assertThat(chart.ticks()).extracting(OutcomeChart.Tick::value).containsExactly(0L, 1L);
    }
}
