package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static relais.guard.engine.Facts.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import relais.guard.CompanyFact;
import relais.guard.Employment;
import relais.guard.Explanation;
import relais.guard.PersonFact;
import relais.guard.ReleaseKind;
import relais.guard.VerdictKind;

/** The small rules the fact records carry themselves. */
class FactRecordsTest {

    private static final PersonFact MOVER = new PersonFact("p", "Pia Prat", List.of(" Pia@Acme.fr "),
            List.of(new Employment("globex", d("2024-09-01")), new Employment("acme", d("2020-01-01"))));

    @ParameterizedTest(name = "on {0} at {1}")
    @CsvSource({
            "2019-06-01, acme",   // before the first known employment: the first one applies
            "2020-01-01, acme",
            "2024-08-31, acme",
            "2024-09-01, globex", // the move date belongs to the new company
            "2030-01-01, globex",
    })
    void companyOnADate(LocalDate on, String company) {
        assertThat(MOVER.companyOn(on)).isEqualTo(company);
    }

    @Test
    void aPersonWithNoEmploymentHasNoCompany() {
        assertThat(new PersonFact("p", "Pia", null, null).companyOn(d("2024-01-01"))).isNull();
    }

    @Test
    void emailsCompareTrimmedAndCaseInsensitively() {
        assertThat(MOVER.hasEmail("pia@acme.FR")).isTrue();
        assertThat(MOVER.hasEmail("pia@acme.com")).isFalse();
        assertThat(MOVER.hasEmail(null)).isFalse();
        assertThat(MOVER.hasEmail("  ")).isFalse();
    }

    @Test
    void companyDomainsAndGroups() {
        CompanyFact acme = new CompanyFact("acme", "Acme", "G", Set.of(" ACME.fr "));
        CompanyFact labs = new CompanyFact("labs", "Acme Labs", "G", Set.of());
        CompanyFact globex = new CompanyFact("globex", "Globex", null, Set.of());
        CompanyFact initech = new CompanyFact("initech", "Initech", null, Set.of());

        assertThat(acme.ownsDomain("acme.fr")).isTrue();
        assertThat(acme.ownsDomain("lyon.acme.fr")).isTrue();
        assertThat(acme.ownsDomain("notacme.fr")).isFalse();
        assertThat(acme.sameCompanyOrGroup(labs)).isTrue();
        assertThat(acme.sameCompanyOrGroup(acme)).isTrue();
        assertThat(globex.sameCompanyOrGroup(initech)).as("no group is not a shared group").isFalse();
        assertThat(globex.sameCompanyOrGroup(null)).isFalse();
    }

    @Test
    void missionDates() {
        MissionFact cancelledLate = new MissionFact("m", "T", "acme", null, null, d("2024-01-10"), d("2024-01-05"),
                d("2024-03-31"), d("2024-06-30"));

        assertThat(cancelledLate.opensOn()).isEqualTo(d("2024-01-05"));
        assertThat(cancelledLate.effectiveEnd()).as("a cancellation after the end does not lengthen it")
                .isEqualTo(d("2024-03-31"));
        assertThat(cancelledLate.policyDate()).as("no agreed date: the opening day").isEqualTo(d("2024-01-05"));
        assertThat(cancelledLate.cancelledBeforeIntroduction()).isFalse();
        assertThat(cancelledLate.participantIds()).isEmpty();
    }

    @Test
    void aReleaseNamesAPersonOrACompany() {
        assertThatThrownBy(() -> new ReleaseFact("x", ReleaseKind.WAIVER, null, null, d("2024-01-01"), "r", "am"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompanyReleaseReachesWhoeverWasThereOnItsEffectiveDate() {
        ReleaseFact beforeMove = new ReleaseFact("x", ReleaseKind.BUYOUT, null, "acme", d("2024-08-31"), "r", "am");
        ReleaseFact afterMove = new ReleaseFact("y", ReleaseKind.BUYOUT, null, "acme", d("2024-09-01"), "r", "am");

        assertThat(beforeMove.appliesTo(MOVER, "p")).isTrue();
        assertThat(afterMove.appliesTo(MOVER, "p")).isFalse();
        assertThat(afterMove.appliesTo(null, "ghost")).isFalse();
    }

    @Test
    void factsAreCopiedAndDefaulted() {
        RelationshipFacts facts = new RelationshipFacts("F", null, null, null, null, null, null);

        assertThat(facts.policies()).isEqualTo(PolicyHistory.defaults());
        assertThat(facts.missions()).isEmpty();
        assertThat(facts.person(null)).isEmpty();
        assertThat(Verdicts.forPerson(facts, "p", d("2024-01-01")).kind()).isEqualTo(VerdictKind.FREE);
        assertThat(Verdicts.protectedClients(facts, d("2024-01-01"))).isEmpty();
        assertThat(Verdicts.timeline(facts)).isEmpty();
    }

    @Test
    void explanationsDropUnknownValuesAndCannotBeChanged() {
        Explanation explanation = new Explanation.NoRelationship(null, "Alice Martin");

        assertThat(explanation.data()).containsOnlyKeys("personName");
        assertThatThrownBy(() -> explanation.data().put("x", 2)).isInstanceOf(UnsupportedOperationException.class);
    }
}
