package relais.guard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import relais.guard.PersonTimeline;
import relais.guard.TimelineSpan;
import relais.guard.Via;

class TimelineChartTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aLongNameIsCutBeforeItRunsUnderTheBarsAndAShortOneIsKept() {
        var span = new TimelineSpan(LocalDate.of(2026, 1, 5), LocalDate.of(2027, 6, 30), false, Via.MISSION);
        var chart = TimelineChart.of(List.of(
                new PersonTimeline("1", "Marie-Christine de La Fontaine-Beaumarchais", List.of(span), List.of()),
                new PersonTimeline("2", "Léa Martin", List.of(span), List.of())), TODAY);
        var longName = chart.rows().getFirst();
        assertThat(longName.label()).hasSize(TimelineChart.LABEL_CHARACTERS).endsWith("…").startsWith("Marie-Christine de La");
        assertThat(longName.personName()).isEqualTo("Marie-Christine de La Fontaine-Beaumarchais");
        assertThat(chart.rows().get(1).label()).isEqualTo("Léa Martin");
    }

    @Test
    void barsStartRightOfTheNamesAndEndWithinTheDrawing() {
        var span = new TimelineSpan(LocalDate.of(2025, 1, 1), null, true, Via.REFERRAL);
        var chart = TimelineChart.of(List.of(new PersonTimeline("1", "Karim Haddad", List.of(span), List.of())), TODAY);
        var bar = chart.rows().getFirst().bars().getFirst();
        assertThat(bar.x()).isGreaterThanOrEqualTo(TimelineChart.LABEL);
        assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(chart.width());
        assertThat(chart.todayX()).isBetween((double) TimelineChart.LABEL, (double) chart.width());
    }
}
