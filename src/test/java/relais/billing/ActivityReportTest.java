package relais.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.mission.Mission;
import relais.mission.MissionActor;
import relais.mission.MissionId;
import relais.mission.MissionStatus;
import relais.shared.ConflictException;
import relais.shared.InvalidInputException;
import relais.shared.Money;

class ActivityReportTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final MissionActor CLIENT = new MissionActor(UUID.randomUUID(), "Client");

    private static Mission mission(LocalDate start, LocalDate end) {
        return new Mission(new MissionId(UUID.randomUUID()), new FreelancerId(UUID.randomUUID()),
                new CompanyId(UUID.randomUUID()), Set.of(new PersonId(UUID.randomUUID())), "Refonte", start, start, start,
                end, null, null, MissionStatus.IN_PROGRESS, Money.euros("500"), new BigDecimal("40"));
    }

    private static ActivityReport submitted() {
        return ActivityReport.declare(ActivityReport.newId(), mission(LocalDate.of(2026, 1, 1), null),
                YearMonth.of(2026, 3), new BigDecimal("10.5"), " worked ", false, AT);
    }

    @Test
    void aDeclarationIsSubmittedWithItsDays() {
        var report = submitted();
        assertThat(report.status()).isEqualTo(ActivityReportStatus.SUBMITTED);
        assertThat(report.days()).isEqualByComparingTo("10.5");
        assertThat(report.note()).isEqualTo("worked");
    }

    @ParameterizedTest(name = "{2} days in {1} of a mission from {0} to {3}: refused on {4}")
    @CsvSource({
            "2026-01-10, 2026-01, 22.5, 2026-06-30, days",
            "2026-01-10, 2026-01, 2.25, 2026-06-30, days",
            "2026-01-10, 2026-01, 0, 2026-06-30, days",
            "2026-01-10, 2025-12, 1, 2026-06-30, month",
            "2026-01-10, 2026-07, 1, 2026-06-30, month",
            "2026-01-01, 2026-06, 16, 2026-06-15, days",
            "2026-01-01, 2026-02, 29, , days"})
    void aDeclarationOutsideTheMissionOrItsCalendarIsRefused(LocalDate start, YearMonth month, BigDecimal days,
            LocalDate end, String field) {
        assertThatThrownBy(() -> ActivityReport.declare(ActivityReport.newId(), mission(start, end), month, days, null,
                false, AT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.field().equals(field)));
    }

    @Test
    void theCalendarDaysCountOnlyThoseWithinTheMission() {
        assertThat(ActivityReport.calendarDaysWithin(mission(LocalDate.of(2026, 1, 10), null), YearMonth.of(2026, 1)))
                .isEqualTo(22);
        assertThat(ActivityReport.calendarDaysWithin(mission(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 15)),
                YearMonth.of(2026, 6))).isEqualTo(15);
        assertThat(ActivityReport.calendarDaysWithin(mission(LocalDate.of(2028, 1, 1), null), YearMonth.of(2028, 2)))
                .isEqualTo(29);
    }

    @Test
    void daysBeyondThoseOrderedAreRefusedSayingHowManyRemain() {
        assertThatThrownBy(() -> ActivityReport.requireWithinOrdered(new BigDecimal("20"), new BigDecimal("17.5"),
                new BigDecimal("3"), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2.5 remain");
        assertThatThrownBy(() -> ActivityReport.requireWithinOrdered(new BigDecimal("20"), new BigDecimal("20"),
                new BigDecimal("1"), true))
                .isInstanceOf(ConflictException.class).hasMessageContaining("0 remain");
        ActivityReport.requireWithinOrdered(new BigDecimal("20"), new BigDecimal("17"), new BigDecimal("3"), false);
        ActivityReport.requireWithinOrdered(null, new BigDecimal("100"), new BigDecimal("3"), false);
    }

    @Test
    void aSubmittedReportIsValidatedOrRejectedOnce() {
        var validated = submitted().validate(CLIENT, AT, LocalDate.of(2026, 11, 30), null, false, null, false);
        assertThat(validated.status()).isEqualTo(ActivityReportStatus.VALIDATED);
        assertThat(validated.validatedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> validated.validate(CLIENT, AT, LocalDate.of(2026, 11, 30), null, false, null, false))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> validated.reject(CLIENT, AT, "no")).isInstanceOf(ConflictException.class);

        var rejected = submitted().reject(CLIENT, AT, "Only 9 days");
        assertThat(rejected.status()).isEqualTo(ActivityReportStatus.REJECTED);
        assertThatThrownBy(() -> rejected.validate(CLIENT, AT, LocalDate.of(2026, 11, 30), null, false, null, false))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rejected.cancel(CLIENT, AT, "mistake")).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAValidatedReportIsCancelledAndOnlyOnce() {
        assertThatThrownBy(() -> submitted().cancel(CLIENT, AT, "mistake")).isInstanceOf(ConflictException.class);
        var cancelled = submitted().validate(CLIENT, AT, LocalDate.of(2026, 11, 30), "PO-1", true, null, false)
                .cancel(CLIENT, AT, "mistake");
        assertThat(cancelled.status()).isEqualTo(ActivityReportStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("mistake");
        assertThat(cancelled.purchaseOrder()).isEqualTo("PO-1");
        assertThatThrownBy(() -> cancelled.cancel(CLIENT, AT, "again")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.validate(CLIENT, AT, LocalDate.of(2026, 11, 30), null, false, null, false))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aMoveWithBadInputIsRefusedBeforeTheStateIsLookedAt() {
        assertThatThrownBy(() -> submitted().validate(CLIENT, AT, LocalDate.of(2026, 11, 30), " ", true, null, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("purchaseOrder")));
        assertThatThrownBy(() -> submitted().validate(CLIENT, AT, LocalDate.of(2026, 11, 30), null, false, "", true))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.field().equals("note")));
        assertThatThrownBy(() -> submitted().reject(CLIENT, AT, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> submitted().validate(CLIENT, AT, LocalDate.of(2026, 11, 30), null, false, null, false)
                .cancel(CLIENT, AT, "  ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theMonthsWorkingDaysFollowTheFrenchCalendar() {
        assertThat(ActivityReports.workingDays(YearMonth.of(2026, 5))).isEqualTo(17);
        assertThat(ActivityReports.workingDays(YearMonth.of(2026, 2))).isEqualTo(20);
    }
}
