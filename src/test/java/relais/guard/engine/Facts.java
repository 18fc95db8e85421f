package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import relais.guard.CompanyFact;
import relais.guard.DeclarerRole;
import relais.guard.PersonFact;
import relais.guard.ReleaseKind;
import relais.guard.Verdict;

/** Builds the facts of freelancer F for a test, one line per fact. */
public final class Facts {

    public static final String FREELANCER = "F";

    private final List<MissionFact> missions = new ArrayList<>();
    private final List<ReferralFact> referrals = new ArrayList<>();
    private final List<ReleaseFact> releases = new ArrayList<>();
    private final Map<String, PersonFact> people = new HashMap<>();
    private final Map<String, CompanyFact> companies = new HashMap<>();
    private PolicyHistory policies = PolicyHistory.defaults();

    public static Facts facts() {
        return new Facts();
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** Acme (acme.fr) and its sister Acme Labs (group G), Globex (globex.com) outside it. */
    public static Facts withCompanies() {
        return facts()
                .company("acme", "Acme", "G", "acme.fr")
                .company("labs", "Acme Labs", "G", "labs.acme.com")
                .company("globex", "Globex", null, "globex.com");
    }

    public Facts company(String id, String name, String groupId, String... domains) {
        companies.put(id, new CompanyFact(id, name, groupId, Set.of(domains)));
        return this;
    }

    public Facts person(String id, String name, String companyId, String... emails) {
        people.put(id, PersonFact.of(id, name, companyId, emails));
        return this;
    }

    public Facts person(PersonFact person) {
        people.put(person.id(), person);
        return this;
    }

    /** A mission agreed on its introduction date, with an end (or null for open-ended). */
    public Facts mission(String id, String title, String companyId, String introducedOn, String startOn, String endOn,
                  String... participants) {
        return mission(new MissionFact(id, title, companyId, Set.of(participants), d(introducedOn), d(introducedOn),
                d(startOn), endOn == null ? null : d(endOn), null));
    }

    public Facts mission(MissionFact mission) {
        missions.add(mission);
        return this;
    }

    public Facts referral(String id, String referrer, String referred, String on) {
        return referral(new ReferralFact(id, referrer, referred, d(on),
                new Declarer(DeclarerRole.CLIENT, "Claire Client"), "lunch chat"));
    }

    public Facts referral(ReferralFact referral) {
        referrals.add(referral);
        return this;
    }

    public Facts personRelease(String id, ReleaseKind kind, String personId, String effectiveOn) {
        releases.add(new ReleaseFact(id, kind, personId, null, d(effectiveOn), "reason " + id, "am@relais.fr"));
        return this;
    }

    public Facts companyRelease(String id, ReleaseKind kind, String companyId, String effectiveOn) {
        releases.add(new ReleaseFact(id, kind, null, companyId, d(effectiveOn), "reason " + id, "am@relais.fr"));
        return this;
    }

    public Facts release(ReleaseFact release) {
        releases.add(release);
        return this;
    }

    public Facts policies(PolicyVersion... versions) {
        policies = PolicyHistory.of(versions);
        return this;
    }

    /** The versions with the missions' snapshots: mission id → the version in force when it was recorded. */
    public Facts policies(PolicyHistory history) {
        policies = history;
        return this;
    }

    public RelationshipFacts build() {
        return new RelationshipFacts(FREELANCER, missions, referrals, releases, people, companies, policies);
    }

    public Verdict verdict(String personId, String on) {
        return Verdicts.forPerson(build(), personId, d(on));
    }
}
