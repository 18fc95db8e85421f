package relais.guard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static relais.guard.engine.Facts.d;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import relais.guard.Verdict;
import relais.guard.VerdictKind;

/** Verdicts asked by e-mail address, and the caution about known companies. */
class EmailVerdictTest {

    private static final Set<String> PUBLIC = Set.of("gmail.com", "outlook.fr", "Yahoo.fr");

    private static RelationshipFacts facts() {
        return Facts.withCompanies()
                .company("webmail", "Misconfigured", null, "gmail.com") // bad data must not leak through public domains
                .person("alice", "Alice Martin", "acme", "alice@acme.fr", "alice.martin@gmail.com")
                .person("bob", "Bob Durand", "acme", "bob@acme.fr")
                .person("gil", "Gil Globex", "globex", "gil@globex.com")
                .person("wendy", "Wendy Web", "webmail", "wendy@gmail.com")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice")
                .mission("m2", "Boutique", "webmail", "2024-01-01", "2024-01-15", "2024-06-30", "wendy")
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@acme.fr", "  ALICE@Acme.FR ", "alice.martin@gmail.com"})
    void anyAddressOfAPersonFindsThemTrimmedAndCaseInsensitively(String address) {
        Verdict verdict = Verdicts.forEmail(facts(), address, d("2024-09-01"), PUBLIC);

        assertThat(verdict.kind()).isEqualTo(VerdictKind.PROTECTED);
        assertThat(verdict.personId()).isEqualTo("alice");
        assertThat(verdict.protectedUntil()).isEqualTo(d("2025-06-30"));
    }

    @Test
    void anUnknownAddressAtACompanyWithProtectedPeopleIsFreeWithACautionThatNamesNobody() {
        Verdict verdict = Verdicts.forEmail(facts(), "zoe@acme.fr", d("2024-09-01"), PUBLIC);

        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.personId()).isNull();
        assertThat(verdict.personName()).isNull();
        assertThat(verdict.freeFrom()).isNull();
        assertThat(verdict.reasonCodes()).containsExactly("NO_RELATIONSHIP");
        assertThat(verdict.reasons().getFirst().data()).isEmpty();
        assertThat(verdict.cautions()).singleElement().satisfies(caution -> {
            assertThat(caution.code()).isEqualTo("KNOWN_COMPANY");
            assertThat(caution.data()).containsOnlyKeys("companyId", "companyName", "companyIds");
            assertThat(caution.data()).containsEntry("companyName", "Acme");
            assertThat(caution.data().values().toString()).doesNotContain("Alice", "alice");
        });
    }

    @Test
    void aSubDomainOfACompanyDomainIsTheCompany() {
        Verdict verdict = Verdicts.forEmail(facts(), "zoe@paris.acme.fr", d("2024-09-01"), PUBLIC);

        assertThat(verdict.cautionCodes()).containsExactly("KNOWN_COMPANY");
    }

    @Test
    void aSisterCompanyOfTheGroupAlsoWarnsNamingTheCompanyWhereTheRelationshipsAre() {
        // The address is at Acme Labs; the freelancer's protected relationship (Alice) is at Acme, its sister.
        Verdict verdict = Verdicts.forEmail(facts(), "zoe@labs.acme.com", d("2024-09-01"), PUBLIC);

        assertThat(verdict.cautions()).singleElement().satisfies(c -> {
            assertThat(c.data()).containsEntry("companyName", "Acme").containsEntry("companyId", "acme");
            assertThat(c.data()).containsEntry("askedCompanyName", "Acme Labs");
        });
    }

    @Test
    void aKnownPersonAtTheSisterCompanyGetsTheSameRightCompany() {
        RelationshipFacts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme", "alice@acme.fr")
                .person("karim", "Karim Haddad", "labs", "karim@labs.acme.com")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice")
                .referral("r1", "alice", "karim", "2025-09-01") // after Alice's window: not counted
                .build();

        Verdict karim = Verdicts.forPerson(facts, "karim", d("2024-09-01"));

        assertThat(karim.cautions()).singleElement().satisfies(c -> {
            assertThat(c.data()).containsEntry("companyName", "Acme").containsEntry("askedCompanyName", "Acme Labs");
            assertThat(c.data().values().toString()).doesNotContain("Alice");
        });
    }

    @Test
    void relationshipsAtTheAskedCompanyItselfNameOnlyIt() {
        Verdict verdict = Verdicts.forEmail(facts(), "zoe@acme.fr", d("2024-09-01"), PUBLIC);

        assertThat(verdict.cautions().getFirst().data()).containsEntry("companyName", "Acme")
                .doesNotContainKey("askedCompanyName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stranger@gmail.com", "Stranger@GMAIL.com", "x@yahoo.fr"})
    void aPublicMailDomainNeverIdentifiesACompany(String address) {
        Verdict verdict = Verdicts.forEmail(facts(), address, d("2024-09-01"), PUBLIC);

        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.cautions()).isEmpty();
    }

    @Test
    void noCautionWhenNobodyAtTheCompanyIsProtectedOnThatDate() {
        assertThat(Verdicts.forEmail(facts(), "zoe@acme.fr", d("2025-07-01"), PUBLIC).cautions()).isEmpty();
        assertThat(Verdicts.forEmail(facts(), "zoe@acme.fr", d("2023-12-31"), PUBLIC).cautions()).isEmpty();
        assertThat(Verdicts.forEmail(facts(), "zoe@globex.com", d("2024-09-01"), PUBLIC).cautions()).isEmpty();
        assertThat(Verdicts.forEmail(facts(), "zoe@unknown.org", d("2024-09-01"), PUBLIC).cautions()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not-an-address", "trailing@"})
    void malformedAddressesAreSimplyUnknown(String address) {
        Verdict verdict = Verdicts.forEmail(facts(), address, d("2024-09-01"), PUBLIC);

        assertThat(verdict.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(verdict.personId()).isNull();
        assertThat(verdict.cautions()).isEmpty();
    }

    @Test
    void aKnownColleagueWhoIsFreeIsToldAboutTheCompanyToo() {
        Verdict bob = Verdicts.forEmail(facts(), "bob@acme.fr", d("2024-09-01"), PUBLIC);

        assertThat(bob.personId()).isEqualTo("bob");
        assertThat(bob.kind()).isEqualTo(VerdictKind.FREE);
        assertThat(bob.cautionCodes()).containsExactly("KNOWN_COMPANY");
        assertThat(bob.cautions().getFirst().data()).doesNotContainValue("Alice Martin");
    }

    @Test
    void aProtectedPersonDoesNotCountAsTheirOwnColleague() {
        RelationshipFacts facts = Facts.withCompanies()
                .person("alice", "Alice Martin", "acme", "alice@acme.fr")
                .mission("m1", "Refonte", "acme", "2024-01-01", "2024-01-15", "2024-06-30", "alice")
                .build();

        assertThat(Verdicts.forEmail(facts, "alice@acme.fr", d("2025-08-01"), PUBLIC).cautions()).isEmpty();
    }

    @Test
    void nullPublicDomainsMeansNone() {
        assertThat(Verdicts.forEmail(facts(), "zoe@acme.fr", d("2024-09-01"), null).cautionCodes())
                .containsExactly("KNOWN_COMPANY");
    }
}
