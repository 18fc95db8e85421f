package relais.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import relais.freelancer.FreelancerId;

class CaseFiguresTest {

    private static Report report(String verdict, Instant created, Instant firstAction) {
        return new Report(ReportId.random(), new FreelancerId(java.util.UUID.randomUUID()), null, "a@b.fr", null,
                LocalDate.of(2026, 11, 20), Channel.EMAIL, null, verdict, null, false, null, ReportStatus.OPEN, null,
                LocalDate.of(2026, 11, 24), null, created, firstAction, null);
    }

    @Test
    void medianTimeToFirstActionIgnoresFreeReportsAndCasesNotYetTouched() {
        Instant t = Instant.parse("2026-11-20T09:00:00Z");
        var reports = List.of(
                report("PROTECTED", t, t.plus(Duration.ofHours(2))),
                report("PROTECTED", t, t.plus(Duration.ofHours(10))),
                report("PROTECTED", t, t.plus(Duration.ofHours(4))),
                report("PROTECTED", t, null),
                report("FREE", t, t.plus(Duration.ofHours(100))));
        assertThat(CaseStatistics.medianTimeToFirstAction(reports)).contains(Duration.ofHours(4));
        assertThat(CaseStatistics.medianTimeToFirstAction(reports.subList(0, 2))).contains(Duration.ofHours(6));
        assertThat(CaseStatistics.medianTimeToFirstAction(List.of())).isEmpty();
    }

    @Test
    void aCaseIsOverdueOnlyAfterItsDueDateAndWhileOpen() {
        var open = report("PROTECTED", Instant.now(), null);
        assertThat(open.isOverdue(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(open.isOverdue(LocalDate.of(2026, 11, 25))).isTrue();
    }
}
