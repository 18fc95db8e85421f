package relais.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;

/** A mission's ordered days are its agreed days plus its accepted extensions; an extension never shortens it. */
class MissionOrderedDaysTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static Mission mission(String days, LocalDate plannedEnd) {
        return new Mission(new MissionId(UUID.randomUUID()), new FreelancerId(UUID.randomUUID()),
                new CompanyId(UUID.randomUUID()), Set.of(new PersonId(UUID.randomUUID())), "Audit", START, START, START,
                plannedEnd, null, null, MissionStatus.IN_PROGRESS, null, days == null ? null : new BigDecimal(days));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "20,   null,      20",
            "20,   5,         25",
            "20,   2.5,       22.5",
            "null, 3,         3",
            "null, null,      null"})
    void orderedDaysAreTheAgreedDaysPlusTheAcceptedExtensions(String days, String extension, String ordered) {
        var mission = mission(days, null);
        var extended = extension == null ? mission : mission.extendedBy(new BigDecimal(extension), null);

        if (ordered == null) {
            assertThat(extended.orderedDays()).isNull();
        } else {
            assertThat(extended.orderedDays()).isEqualByComparingTo(ordered);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "2026-06-30, 2026-07-31, 2026-07-31",
            "2026-06-30, null,       2026-06-30",
            "2026-06-30, 2026-06-01, 2026-06-30",
            "null,       2026-07-31, 2026-07-31",
            "null,       null,       null"})
    void thePlannedEndMovesOnlyLater(LocalDate plannedEnd, LocalDate extensionEnd, LocalDate expected) {
        assertThat(mission("20", plannedEnd).extendedBy(BigDecimal.ONE, extensionEnd).plannedEndOn()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"5, 2.5, 27.5"})
    void extensionsAddUp(String first, String second, String ordered) {
        var twice = mission("20", null).extendedBy(new BigDecimal(first), null).extendedBy(new BigDecimal(second), null);
        assertThat(twice.orderedDays()).isEqualByComparingTo(ordered);
    }
}
