package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.util.List;
import org.junit.jupiter.api.Test;

import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.PersonTimeline;
import relais.guard.ProtectedClient;
import relais.guard.TimelineSpan;
import relais.guard.Via;

/** The list of a freelancer's protected clients on a date, and their timelines. */
class ProtectedClientsTest {

    private static RelationshipFacts facts() {
        return Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .person("bob", "Bob Durand", "acme")
                .person("carol", "Carol Petit", "acme")
                .person("dan", "Dan Roux", "globex")
                .person("eve", "Ève Ancienne", "globex")
                .person("zed", "Zed Zola", "acme")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice", "carol")
                .mission("m2", "Régie", "globex", "2024-02-01", "2024-02-01", null, "dan")
                .mission("m3", "Vieux", "globex", "2020-01-01", "2020-01-01", "2020-03-31", "eve")
                .mission("m4", "Court", "acme", "2024-03-01", "2024-03-01", "2024-04-30", "zed")
                .referral("r1", "alice", "bob", "2024-09-01")
                .build();
    }

    @Test
    void listsEveryoneProtectedSoonestFreeFirstThenByNameOpenEndedLast() {
        List<ProtectedClient> clients = Verdicts.protectedClients(facts(), d("2024-10-01"));

        assertThat(clients).extracting(c -> c.person().id()).containsExactly("zed", "alice", "bob", "carol", "dan");
        assertThat(clients.get(0).protectedUntil()).isEqualTo(d("2025-04-30"));
        assertThat(clients.get(1).protectedUntil()).isEqualTo(d("2025-06-30"));
        assertThat(clients.get(2).via()).isEqualTo(Via.REFERRAL);
        assertThat(clients.get(2).company().name()).isEqualTo("Acme");
        assertThat(clients.get(3).via()).isEqualTo(Via.MISSION);
        assertThat(clients.get(4).openEnded()).isTrue();
        assertThat(clients.get(4).protectedUntil()).isNull();
        assertThat(clients.get(4).company().id()).isEqualTo("globex");
    }

    @Test
    void aPersonWhoseProtectionEndedIsNotListed() {
        assertThat(Verdicts.protectedClients(facts(), d("2025-07-01")))
                .extracting(c -> c.person().id()).containsExactly("dan");
    }

    @Test
    void theCompanyShownIsThePersonsCompanyOnTheDate() {
        RelationshipFacts facts = Facts.withCompanies()
                .person(new PersonFact("alice", "Alice Martin", List.of(),
                        List.of(new Employment("acme", d("2019-01-01")), new Employment("globex", d("2024-09-01")))))
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice")
                .build();

        assertThat(Verdicts.protectedClients(facts, d("2024-08-31")).getFirst().company().id()).isEqualTo("acme");
        assertThat(Verdicts.protectedClients(facts, d("2024-09-01")).getFirst().company().id()).isEqualTo("globex");
    }

    @Test
    void timelineGivesEachPersonTheirMergedStretchesByName() {
        List<PersonTimeline> timeline = Verdicts.timeline(facts());

        assertThat(timeline).extracting(PersonTimeline::personId)
                .containsExactly("alice", "bob", "carol", "dan", "eve", "zed");
        assertThat(timeline.get(0).spans()).containsExactly(
                new TimelineSpan(d("2024-01-01"), d("2025-06-30"), false, Via.MISSION));
        assertThat(timeline.get(1).spans()).containsExactly(
                new TimelineSpan(d("2024-09-01"), d("2025-06-30"), false, Via.REFERRAL));
        assertThat(timeline.get(3).spans()).containsExactly(
                new TimelineSpan(d("2024-02-01"), null, true, Via.MISSION));
        assertThat(timeline.get(4).personName()).isEqualTo("Ève Ancienne");
    }

    @Test
    void timelineDrawsDaysCoveredByAMissionAsMissionAndTheRestAsReferral() {
        RelationshipFacts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme")
                .person("bob", "Bob Durand", "acme")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice")
                .referral("r1", "alice", "bob", "2024-03-01")
                .mission("m2", "Appli", "acme", "2024-05-01", "2024-05-01", "2024-05-31", "bob")
                .mission("m3", "Appli 2", "acme", "2026-01-01", "2026-01-01", "2026-01-31", "bob")
                .build();

        PersonTimeline bob = Verdicts.timeline(facts).stream()
                .filter(t -> t.personId().equals("bob")).findFirst().orElseThrow();

        assertThat(bob.spans()).containsExactly(
                new TimelineSpan(d("2024-03-01"), d("2024-04-30"), false, Via.REFERRAL),
                new TimelineSpan(d("2024-05-01"), d("2025-05-31"), false, Via.MISSION),
                new TimelineSpan(d("2025-06-01"), d("2025-06-30"), false, Via.REFERRAL),
                new TimelineSpan(d("2026-01-01"), d("2027-01-31"), false, Via.MISSION));
        assertThat(bob.releases()).isEmpty();
    }
}
