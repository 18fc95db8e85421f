package relais.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.shared.ConflictException;
import relais.shared.InvalidInputException;

/** Every move of an extension, legal or not, and what an accepted one does to its mission. */
class ExtensionTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    private static final MissionActor FREELANCER = new MissionActor(UUID.randomUUID(), "Léa Dubois");
    private static final MissionActor CLIENT = new MissionActor(UUID.randomUUID(), "Marc Lefebvre");

    private static Mission mission(MissionStatus status, LocalDate plannedEnd, BigDecimal days) {
        return new Mission(new MissionId(UUID.randomUUID()), new FreelancerId(UUID.randomUUID()),
                new CompanyId(UUID.randomUUID()), Set.of(new PersonId(UUID.randomUUID())), "Audit", START.minusDays(10),
                START.minusDays(12), START, plannedEnd, null, null, status, null, days);
    }

    private static Mission running() {
        return mission(MissionStatus.IN_PROGRESS, END, new BigDecimal("20"));
    }

    private static Extension proposed(Mission mission, String days, LocalDate endOn) {
        return Extension.propose(Extension.newId(), mission, new BigDecimal(days), endOn, FREELANCER, AT);
    }

    @ParameterizedTest
    @CsvSource({"5", "0.5", "2.5", "10000"})
    void aProposalTakesWholeOrHalfDays(String days) {
        var extension = proposed(running(), days, null);

        assertThat(extension.status()).isEqualTo(ExtensionStatus.PROPOSED);
        assertThat(extension.days()).isEqualByComparingTo(days);
        assertThat(extension.proposedBy()).isEqualTo(FREELANCER);
    }

    @ParameterizedTest
    @CsvSource({"0, validation.days", "-1, validation.days", "0.3, validation.days", "1.25, validation.days",
            "10000.5, validation.days.max", "1e9, validation.days.max"})
    void aProposalRefusesDaysThatAreNotPositiveHalves(String days, String code) {
        assertThatThrownBy(() -> proposed(running(), days, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("days");
                    assertThat(p.code()).isEqualTo(code);
                }));
    }

    @Test
    void aProposalNeedsDays() {
        assertThatThrownBy(() -> Extension.propose(Extension.newId(), running(), null, null, FREELANCER, AT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("days"));
    }

    @Test
    void aNewEndMayNotComeBeforeTheCurrentEnd() {
        assertThatThrownBy(() -> proposed(running(), "5", END.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.code())
                        .containsExactly("endOn mission.extension.validation.endOn"));
        assertThat(proposed(running(), "5", END).endOn()).isEqualTo(END);
    }

    @Test
    void withoutAPlannedEndTheNewEndMayNotComeBeforeTheStart() {
        var openEnded = mission(MissionStatus.IN_PROGRESS, null, null);
        assertThatThrownBy(() -> proposed(openEnded, "5", START.minusDays(1))).isInstanceOf(InvalidInputException.class);
        assertThat(proposed(openEnded, "5", START).endOn()).isEqualTo(START);
    }

    @ParameterizedTest
    @EnumSource(value = MissionStatus.class, names = {"FINISHED", "CANCELLED"})
    void aFinishedOrCancelledMissionCannotBeExtended(MissionStatus status) {
        assertThatThrownBy(() -> proposed(mission(status, END, null), "5", null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("mission.extension.conflict.mission"));
    }

    @Test
    void anAgreedMissionCanBeExtendedBeforeItStarts() {
        assertThat(proposed(mission(MissionStatus.AGREED, END, null), "5", null).isProposed()).isTrue();
    }

    @Test
    void acceptingKeepsThePurchaseOrderAndWhoAccepted() {
        var mission = running();
        var accepted = proposed(mission, "5", null).accept(mission, "  PO-2026-118 ", true, CLIENT, AT.plusSeconds(60));

        assertThat(accepted.status()).isEqualTo(ExtensionStatus.ACCEPTED);
        assertThat(accepted.purchaseOrder()).isEqualTo("PO-2026-118");
        assertThat(accepted.decidedBy()).isEqualTo(CLIENT);
        assertThat(accepted.decidedAt()).isEqualTo(AT.plusSeconds(60));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null", "''", "'   '"})
    void aCompanyThatRequiresAPurchaseOrderGetsOneOrTheAcceptanceIsRefused(String purchaseOrder) {
        var mission = running();
        var extension = proposed(mission, "5", null);

        assertThatThrownBy(() -> extension.accept(mission, purchaseOrder, true, CLIENT, AT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("purchaseOrder"));
        assertThat(extension.accept(mission, purchaseOrder, false, CLIENT, AT).purchaseOrder()).isNull();
    }

    @Test
    void aPurchaseOrderIsAShortReference() {
        var mission = running();
        assertThatThrownBy(() -> proposed(mission, "5", null).accept(mission, "x".repeat(101), false, CLIENT, AT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void acceptingTwiceIsRefused() {
        var mission = running();
        var accepted = proposed(mission, "5", null).accept(mission, null, false, CLIENT, AT);

        assertThatThrownBy(() -> accepted.accept(mission, null, false, CLIENT, AT))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("mission.extension.conflict.accepted"));
        assertThatThrownBy(() -> accepted.decline(mission, "Trop tard", CLIENT, AT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDeclinedExtensionCanNeitherBeAcceptedNorDeclinedAgain() {
        var mission = running();
        var declined = proposed(mission, "5", null).decline(mission, "  Budget épuisé pour ce trimestre. ", CLIENT, AT);

        assertThat(declined.status()).isEqualTo(ExtensionStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("Budget épuisé pour ce trimestre.");
        assertThatThrownBy(() -> declined.accept(mission, null, false, CLIENT, AT))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("mission.extension.conflict.declined"));
        assertThatThrownBy(() -> declined.decline(mission, "Encore", CLIENT, AT)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aDeclineSaysWhy() {
        var mission = running();
        var extension = proposed(mission, "5", null);
        assertThatThrownBy(() -> extension.decline(mission, " ", CLIENT, AT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.code()).containsExactly("reason validation.required"));
        assertThatThrownBy(() -> extension.decline(mission, "x".repeat(2001), CLIENT, AT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anExtensionOfAMissionThatEndedMeanwhileCannotBeAccepted() {
        var mission = running();
        var extension = proposed(mission, "5", null);
        var finished = mission.finish(END);

        assertThatThrownBy(() -> extension.accept(finished, null, false, CLIENT, AT))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("mission.extension.conflict.mission"));
    }

    @Test
    void badInputIsToldBeforeAConflict() {
        var mission = running();
        var accepted = proposed(mission, "5", null).accept(mission, null, false, CLIENT, AT);

        assertThatThrownBy(() -> accepted.accept(mission, "x".repeat(500), false, CLIENT, AT))
                .isInstanceOf(InvalidInputException.class);
    }
}
