package relais.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** Every move of an incident, legal or not. */
class IncidentTest {

    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");
    private static final MissionActor CLIENT = new MissionActor(UUID.randomUUID(), "Marc Lefebvre");
    private static final MissionActor CLAIRE = new MissionActor(UUID.randomUUID(), "Claire Martin");
    private static final MissionActor PAUL = new MissionActor(UUID.randomUUID(), "Paul Roux");
    private static final Mission MISSION = new Mission(new MissionId(UUID.randomUUID()),
            new FreelancerId(UUID.randomUUID()), new CompanyId(UUID.randomUUID()), Set.of(new PersonId(UUID.randomUUID())),
            "Audit", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), null, null, null,
            MissionStatus.IN_PROGRESS, null, null);

    private static Incident declared() {
        return Incident.declare(Incident.newId(), MISSION, "DELAY", "  Une semaine de retard sur les maquettes. ", CLIENT,
                MissionSide.CLIENT, AT);
    }

    @ParameterizedTest
    @EnumSource(IncidentCategory.class)
    void eitherSideDeclaresAnIncidentOfAnyCategory(IncidentCategory category) {
        var incident = Incident.declare(Incident.newId(), MISSION, category.name(), "Ce qui s’est passé", CLIENT,
                MissionSide.CLIENT, AT);

        assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident.category()).isEqualTo(category);
        assertThat(incident.assignee()).isNull();
    }

    @Test
    void theDescriptionIsKeptTrimmed() {
        assertThat(declared().description()).isEqualTo("Une semaine de retard sur les maquettes.");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null,    Texte,  category validation.required",
            "'',      Texte,  category validation.required",
            "LATE,    Texte,  category validation.choice",
            "delay,   Texte,  category validation.choice",
            "DELAY,   null,   description validation.required",
            "DELAY,   '  ',   description validation.required"})
    void aDeclarationNeedsAKnownCategoryAndADescription(String category, String description, String problem) {
        assertThatThrownBy(() -> Incident.declare(Incident.newId(), MISSION, category, description, CLIENT,
                MissionSide.CLIENT, AT)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + " " + p.code()).containsExactly(problem));
    }

    @Test
    void aDescriptionIsBoundedAndPlainText() {
        assertThatThrownBy(() -> Incident.declare(Incident.newId(), MISSION, "OTHER", "x".repeat(5001), CLIENT,
                MissionSide.CLIENT, AT)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Incident.declare(Incident.newId(), MISSION, "OTHER", "a\u0000b", CLIENT,
                MissionSide.CLIENT, AT)).isInstanceOf(InvalidInputException.class);
        assertThat(Incident.declare(Incident.newId(), MISSION, "OTHER", "Ligne 1\nLigne 2", CLIENT, MissionSide.CLIENT, AT)
                .description()).isEqualTo("Ligne 1\nLigne 2");
    }

    @Test
    void anAccountManagerTakesItAndAnotherMayTakeItOver() {
        var taken = declared().take(CLAIRE);
        assertThat(taken.assignee()).isEqualTo(CLAIRE);
        assertThat(taken.isOpen()).isTrue();
        assertThat(taken.take(PAUL).assignee()).isEqualTo(PAUL);
    }

    @Test
    void closingKeepsTheResolutionAndWhoClosed() {
        var closed = declared().take(CLAIRE).close("  Planning revu avec les deux parties. ", PAUL, AT.plusSeconds(3600));

        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.resolution()).isEqualTo("Planning revu avec les deux parties.");
        assertThat(closed.closedByName()).isEqualTo("Paul Roux");
        assertThat(closed.closedAt()).isEqualTo(AT.plusSeconds(3600));
        assertThat(closed.assignee()).as("the one who handled it stays its handler").isEqualTo(CLAIRE);
    }

    @Test
    void closingAnUntakenIncidentMakesTheCloserItsHandler() {
        assertThat(declared().close("Réglé", CLAIRE, AT).assignee()).isEqualTo(CLAIRE);
    }

    @Test
    void aClosedIncidentRefusesEveryStep() {
        var closed = declared().close("Réglé", CLAIRE, AT);

        assertThatThrownBy(() -> closed.close("Encore", CLAIRE, AT)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("mission.incident.conflict.closed"));
        assertThatThrownBy(() -> closed.take(PAUL)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> closed.note("Une note")).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null", "''", "'   '"})
    void closingNeedsAResolutionAndANoteNeedsText(String text) {
        var incident = declared();
        assertThatThrownBy(() -> incident.close(text, CLAIRE, AT)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("resolution"));
        assertThatThrownBy(() -> incident.note(text)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("text"));
    }

    @Test
    void anInternalNoteIsCheckedAndTrimmed() {
        assertThat(declared().note("  Appel prévu jeudi. ")).isEqualTo("Appel prévu jeudi.");
        assertThatThrownBy(() -> declared().note("x".repeat(5001))).isInstanceOf(InvalidInputException.class);
    }
}
