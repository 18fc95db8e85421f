package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import relais.guard.PersonFact;
import relais.guard.ReleaseKind;
import relais.guard.Verdict;

/**
 * Facts prepared once (their protection worked out, their addresses indexed), as each node keeps them: every
 * answer is the one the bare facts give, whoever asks and from however many threads.
 */
class PreparedFactsTest {

    private static final Set<String> PUBLIC = Set.of("gmail.com");

    /** Missions, an internal referral, a chain, a release, an open-ended mission and a group sibling. */
    private static RelationshipFacts facts() {
        return Facts.withCompanies()
                .person("alice", "Alice Martin", "acme", "alice@acme.fr", "alice.martin@gmail.com")
                .person("bob", "Bob Durand", "acme", "bob@acme.fr")
                .person("carol", "Carol Petit", "acme", "carol@acme.fr")
                .person("lea", "Léa Labs", "labs", "lea@labs.acme.com")
                .person("gil", "Gil Globex", "globex", "gil@globex.com")
                .person("hugo", "Hugo Globex", "globex", "hugo@globex.com")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice")
                .mission("m2", "Audit", "globex", "2024-03-01", "2024-03-01", null, "gil")
                .referral("r1", "alice", "bob", "2024-09-01")
                .referral("r2", "bob", "carol", "2024-10-01")
                .referral("r3", "alice", "lea", "2024-11-01")
                .personRelease("x1", ReleaseKind.BUYOUT, "bob", "2025-02-01")
                .build();
    }

    private static final List<LocalDate> DAYS = List.of(d("2023-12-31"), d("2024-01-01"), d("2024-06-30"),
            d("2024-09-15"), d("2024-10-15"), d("2025-01-31"), d("2025-02-01"), d("2025-06-30"), d("2025-07-01"),
            d("2026-01-01"));

    private static final List<String> ADDRESSES = List.of("alice@acme.fr", " ALICE.MARTIN@gmail.com ",
            "bob@acme.fr", "carol@acme.fr", "lea@labs.acme.com", "gil@globex.com", "hugo@globex.com",
            "nobody@acme.fr", "nobody@labs.acme.com", "someone@gmail.com", "nobody@elsewhere.org", "", "   ");

    @Test
    void everyAnswerIsTheOneTheBareFactsGive() {
        RelationshipFacts facts = facts();
        var prepared = Verdicts.prepare(facts);
        for (LocalDate day : DAYS) {
            for (String person : List.of("alice", "bob", "carol", "lea", "gil", "hugo", "unknown")) {
                assertThat(Verdicts.forPerson(prepared, person, day)).as(person + " on " + day)
                        .isEqualTo(Verdicts.forPerson(facts, person, day));
            }
            for (String address : ADDRESSES) {
                assertThat(Verdicts.forEmail(prepared, address, day, PUBLIC)).as(address + " on " + day)
                        .isEqualTo(byScanningThePeople(facts, address, day));
            }
        }
    }

    @Test
    void anAddressTwoPeopleShareIsTheOneWithTheLowestId() {
        RelationshipFacts facts = Facts.withCompanies()
                .person("zed", "Zed Acme", "acme", "desk@acme.fr")
                .person("amy", "Amy Acme", "acme", "Desk@Acme.fr")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "zed")
                .build();

        Verdict verdict = Verdicts.forEmail(Verdicts.prepare(facts), "desk@acme.fr", d("2024-03-01"), PUBLIC);

        assertThat(verdict.personId()).isEqualTo("amy");
        assertThat(verdict).isEqualTo(byScanningThePeople(facts, "desk@acme.fr", d("2024-03-01")));
    }

    @Test
    void threadsSharingPreparedFactsGetTheAnswersOfOneThread() throws Exception {
        RelationshipFacts facts = facts();
        List<Verdict> alone = new ArrayList<>();
        for (LocalDate day : DAYS) {
            for (String address : ADDRESSES) {
                alone.add(Verdicts.forEmail(facts, address, day, PUBLIC));
            }
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            var prepared = Verdicts.prepare(facts); // fresh each time: its stretches are worked out on first use
            Callable<List<Verdict>> ask = () -> {
                List<Verdict> answers = new ArrayList<>();
                for (LocalDate day : DAYS) {
                    for (String address : ADDRESSES) {
                        answers.add(Verdicts.forEmail(prepared, address, day, PUBLIC));
                    }
                }
                return answers;
            };
            try (var threads = Executors.newFixedThreadPool(8)) {
                List<Future<List<Verdict>>> answers = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    answers.add(threads.submit(ask));
                }
                for (Future<List<Verdict>> answer : answers) {
                    assertThat(answer.get()).isEqualTo(alone);
                }
            }
        }
    }

    /** What forEmail answered before facts were prepared: the people scanned one by one for the address. */
    private static Verdict byScanningThePeople(RelationshipFacts facts, String email, LocalDate on) {
        var person = facts.people().values().stream().filter(p -> p.hasEmail(email)).map(PersonFact::id).sorted()
                .findFirst();
        if (person.isPresent()) {
            return Verdicts.forPerson(facts, person.get(), on);
        }
        Verdict unknown = Verdicts.forEmail(facts, email, on, PUBLIC); // nobody has it: FREE, maybe with a caution
        assertThat(unknown.personId()).isNull();
        return unknown;
    }
}
