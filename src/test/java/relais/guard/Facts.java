package relais.guard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the facts of freelancer F for a test, one line per fact. */
final class Facts {

    static final String FREELANCER = "F";

    private final List<MissionFact> missions = new ArrayList<>();
    private final List<ReferralFact> referrals = new ArrayList<>();
    private final List<ReleaseFact> releases = new ArrayList<>();
    private final Map<String, PersonFact> people = new HashMap<>();
    private final Map<String, CompanyFact> companies = new HashMap<>();
    private PolicyHistory policies = PolicyHistory.defaults();

    static Facts facts() {
        return new Facts();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Acme (acme.fr) and its sister Acme Labs (group G), Globex (globex.com) outside it. */
    static Facts withCompanies() {
        return facts()
                .company("acme", "Acme", "G", "acme.fr")
                .company("labs", "Acme Labs", "G", "labs.acme.com")
                .company("globex", "Globex", null, "globex.com");
    }

    Facts company(String id, String name, String groupId, String... domains) {
        companies.put(id, new CompanyFact(id, name, groupId, Set.of(domains)));
        return this;
    }

    Facts person(String id, String name, String companyId, String... emails) {
        people.put(id, PersonFact.of(id, name, companyId, emails));
        return this;
    }

    Facts person(PersonFact person) {
        people.put(person.id(), person);
        return this;
    }

    /** A mission agreed on its introduction date, with an end (or null for open-ended). */
    Facts mission(String id, String title, String companyId, String introducedOn, String startOn, String endOn,
                  String... participants) {
        return mission(new MissionFact(id, title, companyId, Set.of(participants), d(introducedOn), d(introducedOn),
                d(startOn), endOn == null ? null : d(endOn), null));
    }

    Facts mission(MissionFact mission) {
        missions.add(mission);
        return this;
    }

    Facts referral(String id, String referrer, String referred, String on) {
        return referral(new ReferralFact(id, referrer, referred, d(on),
                new Declarer(DeclarerRole.CLIENT, "Claire Client"), "lunch chat"));
    }

    Facts referral(ReferralFact referral) {
        referrals.add(referral);
        return this;
    }

    Facts personRelease(String id, ReleaseKind kind, String personId, String effectiveOn) {
        releases.add(new ReleaseFact(id, kind, personId, null, d(effectiveOn), "reason " + id, "am@relais.fr"));
        return this;
    }

    Facts companyRelease(String id, ReleaseKind kind, String companyId, String effectiveOn) {
        releases.add(new ReleaseFact(id, kind, null, companyId, d(effectiveOn), "reason " + id, "am@relais.fr"));
        return this;
    }

    Facts release(ReleaseFact release) {
        releases.add(release);
        return this;
    }

    Facts policies(PolicyVersion... versions) {
        policies = PolicyHistory.of(versions);
        return this;
    }

    /** The versions with the missions' snapshots: mission id → the version in force when it was recorded. */
    Facts policies(PolicyHistory history) {
        policies = history;
        return this;
    }

    RelationshipFacts build() {
        return new RelationshipFacts(FREELANCER, missions, referrals, releases, people, companies, policies);
    }

    Verdict verdict(String personId, String on) {
        return Verdicts.forPerson(build(), personId, d(on));
    }
}
