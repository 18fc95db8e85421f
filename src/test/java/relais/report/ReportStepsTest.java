package relais.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import relais.freelancer.FreelancerId;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.shared.ConflictException;
import relais.shared.InvalidInputException;

/** A report's case moves only as the rules allow, and each step says what its history gains. */
class ReportStepsTest {

    private static final Instant FILED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-21T10:30:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final Actor LEA = new Actor(UUID.randomUUID(), "Léa Dubois");
    private static final Actor CAMILLE = new Actor(UUID.randomUUID(), "Camille Martin");
    private static final Actor SAM = new Actor(UUID.randomUUID(), "Sam Durand");

    private static Report.Change file(VerdictKind kind) {
        var verdict = kind == VerdictKind.PROTECTED
                ? new Verdict(kind, LocalDate.of(2027, 6, 30), false, LocalDate.of(2027, 7, 1), null, List.of(), List.of())
                : new Verdict(kind, null, false, null, null, List.of(), List.of());
        return Report.file(ReportId.random(), new FreelancerId(UUID.randomUUID()), LEA,
                new Report.Named("p-1", UUID.randomUUID(), null), FRIDAY, Channel.PHONE, "On continue en direct ?",
                verdict, "headline", FILED);
    }

    private static Report openCase() {
        return file(VerdictKind.PROTECTED).report();
    }

    private static Report closedCase() {
        return openCase().close(CAMILLE, Outcome.REMINDED, null, LATER).report();
    }

    @Test
    void aProtectedReportOpensACaseDueTwoWorkingDaysLater() {
        var filed = file(VerdictKind.PROTECTED);
        assertThat(filed.report().isOpen()).isTrue();
        assertThat(filed.report().outcome()).isNull();
        assertThat(filed.report().dueOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(filed.entries()).extracting(CaseEntry::kind).containsExactly(EventKind.REPORTED, EventKind.VERDICT);
        assertThat(filed.entries().getFirst().actor()).isEqualTo(LEA);
        assertThat(filed.entries().getFirst().data()).containsEntry("channel", "PHONE").containsEntry("asked", "p-1");
    }

    @Test
    void aFreeReportIsAnsweredAndClosedAtOnceAsNotProtected() {
        var filed = file(VerdictKind.FREE);
        assertThat(filed.report().isOpen()).isFalse();
        assertThat(filed.report().outcome()).isEqualTo(Outcome.NOT_PROTECTED);
        assertThat(filed.report().closedAt()).isEqualTo(FILED);
        assertThat(filed.report().dueOn()).isNull();
        assertThat(filed.entries()).extracting(CaseEntry::kind)
                .containsExactly(EventKind.REPORTED, EventKind.VERDICT, EventKind.CLOSED);
        assertThat(filed.entries().getLast().actor()).isEqualTo(Actor.RELAIS);
    }

    @Test
    void assigningAnOpenCaseNamesTheAssigneeAndStartsTheClockOnce() {
        var assigned = openCase().assign(CAMILLE, SAM, LATER);
        assertThat(assigned.report().assigneeId()).isEqualTo(SAM.id());
        assertThat(assigned.report().firstActionAt()).isEqualTo(LATER);
        assertThat(assigned.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EventKind.ASSIGNED);
            assertThat(entry.actor()).isEqualTo(CAMILLE);
            assertThat(entry.text()).isEqualTo("Sam Durand");
        });
        var again = assigned.report().assign(SAM, SAM, LATER.plusSeconds(3600));
        assertThat(again.report().firstActionAt()).isEqualTo(LATER);
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = {"NOTE", "REMINDER_SENT", "BRIEF_PROPOSED", "BUYOUT_QUOTED", "WAIVED",
            "BREACH_CONFIRMED"})
    void aManagerRecordsTheirStepsOnAnOpenCase(EventKind kind) {
        var step = openCase().record(CAMILLE, CaseEntry.of(CAMILLE, kind, "text", Map.of()), LATER);
        assertThat(step.report().isOpen()).isTrue();
        assertThat(step.report().firstActionAt()).isEqualTo(LATER);
        assertThat(step.entries()).extracting(CaseEntry::kind).containsExactly(kind);
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = {"REPORTED", "VERDICT", "ASSIGNED", "BUYOUT_PAID", "CLOSED"})
    void stepsWithRulesOfTheirOwnAreNotRecordedAsPlainManagerSteps(EventKind kind) {
        assertThatThrownBy(() -> openCase().record(CAMILLE, CaseEntry.of(CAMILLE, kind, null, Map.of()), LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = "NOT_PROTECTED", mode = EnumSource.Mode.EXCLUDE)
    void anOpenCaseClosesWithEveryOutcomeAManagerMayChoose(Outcome outcome) {
        var closed = openCase().close(CAMILLE, outcome, "note", LATER);
        assertThat(closed.report().isOpen()).isFalse();
        assertThat(closed.report().outcome()).isEqualTo(outcome);
        assertThat(closed.report().closedAt()).isEqualTo(LATER);
        assertThat(closed.report().firstActionAt()).isEqualTo(LATER);
        assertThat(closed.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(EventKind.CLOSED);
            assertThat(entry.data()).containsEntry("outcome", outcome.name());
        });
    }

    @Test
    void notProtectedIsRelaissOwnAnswerAndNoManagerCloses() {
        assertThatThrownBy(() -> openCase().close(CAMILLE, Outcome.NOT_PROTECTED, null, LATER))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> openCase().close(CAMILLE, null, null, LATER))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aClosedCaseRefusesEveryStepWithALocalizedConflict() {
        var closed = closedCase();
        List<Runnable> steps = List.of(
                () -> closed.assign(CAMILLE, SAM, LATER),
                () -> closed.close(CAMILLE, Outcome.BREACH, null, LATER),
                closed::requireOpen);
        for (Runnable step : steps) {
            assertThatThrownBy(step::run).isInstanceOfSatisfying(ConflictException.class,
                    conflict -> assertThat(conflict.code()).isEqualTo("report.conflict.closed"));
        }
        for (EventKind kind : EnumSet.of(EventKind.NOTE, EventKind.REMINDER_SENT, EventKind.BRIEF_PROPOSED,
                EventKind.BUYOUT_QUOTED, EventKind.WAIVED, EventKind.BREACH_CONFIRMED)) {
            assertThatThrownBy(() -> closed.record(CAMILLE, CaseEntry.of(CAMILLE, kind, null, Map.of()), LATER))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void aFreeReportIsClosedFromTheStartAndTakesNoManagerStep() {
        var answered = file(VerdictKind.FREE).report();
        assertThatThrownBy(() -> answered.close(CAMILLE, Outcome.REMINDED, null, LATER))
                .isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = {"BUYOUT_QUOTED", "BUYOUT_PAID"})
    void aBuyOutIsRecordedOnItsCaseEvenOnceTheCaseIsClosed(EventKind kind) {
        var closed = closedCase();
        var recorded = closed.buyoutRecorded(CaseEntry.of(CAMILLE, kind, null, Map.of("buyout", "b-1")));
        assertThat(recorded.report()).isEqualTo(closed);
        assertThat(recorded.entries()).extracting(CaseEntry::kind).containsExactly(kind);
    }

    @Test
    void onlyABuyOutsStepsAreRecordedAsABuyOutsFacts() {
        assertThatThrownBy(() -> openCase().buyoutRecorded(CaseEntry.of(CAMILLE, EventKind.NOTE, null, Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
