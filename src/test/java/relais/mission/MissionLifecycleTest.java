package relais.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;

class MissionLifecycleTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    private static Mission mission(MissionStatus status, LocalDate plannedEnd) {
        return new Mission(new MissionId(UUID.randomUUID()), new FreelancerId(UUID.randomUUID()), new CompanyId(UUID.randomUUID()),
                Set.of(new PersonId(UUID.randomUUID())), "Audit", START.minusDays(10), START.minusDays(12), START,
                plannedEnd, null, null, status, null, null);
    }

    @ParameterizedTest
    @CsvSource({
            "AGREED, IN_PROGRESS, true", "AGREED, CANCELLED, true", "AGREED, FINISHED, false",
            "IN_PROGRESS, FINISHED, true", "IN_PROGRESS, CANCELLED, true", "IN_PROGRESS, AGREED, false",
            "FINISHED, CANCELLED, false", "FINISHED, IN_PROGRESS, false", "CANCELLED, IN_PROGRESS, false",
            "CANCELLED, FINISHED, false"})
    void movesOnlyForward(MissionStatus from, MissionStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void finishingRecordsTheActualEndWhichWinsOverThePlannedOne() {
        var finished = mission(MissionStatus.IN_PROGRESS, START.plusMonths(3)).finish(START.plusMonths(2));
        assertThat(finished.status()).isEqualTo(MissionStatus.FINISHED);
        assertThat(finished.endOn()).isEqualTo(START.plusMonths(2));
    }

    @Test
    void anOpenEndedMissionHasNoEndYet() {
        assertThat(mission(MissionStatus.IN_PROGRESS, null).endOn()).isNull();
    }

    @Test
    void refusesToEndBeforeTheStart() {
        assertThatThrownBy(() -> mission(MissionStatus.IN_PROGRESS, null).finish(START.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the mission's start");
    }

    @Test
    void refusesToFinishAMissionThatNeverStartedOrReopenAClosedOne() {
        assertThatThrownBy(() -> mission(MissionStatus.AGREED, null).finish(START))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("AGREED cannot become FINISHED");
        var cancelled = mission(MissionStatus.IN_PROGRESS, null).cancel(START.plusDays(3));
        assertThat(cancelled.cancelledOn()).isEqualTo(START.plusDays(3));
        assertThatThrownBy(() -> cancelled.cancel(START.plusDays(4))).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("it is closed");
    }

    @Test
    void plannedAmountIsRateTimesDays() {
        var m = new Mission(new MissionId(UUID.randomUUID()), new FreelancerId(UUID.randomUUID()), new CompanyId(UUID.randomUUID()),
                Set.of(), "Audit", START, START, START, null, null, null, MissionStatus.AGREED,
                relais.shared.Money.euros("650.00"), new java.math.BigDecimal("7.5"));
        assertThat(m.plannedAmount().amount()).isEqualByComparingTo("4875.00");
    }
}
