package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import relais.guard.CompanyFact;
import relais.guard.PersonFact;

/**
 * Everything the guard knows about one freelancer's relationships: plain immutable data, loaded in one go, from
 * which every verdict is computed.
 *
 * @param people    every person named by the missions, referrals and releases (keyed by id)
 * @param companies every company those people belonged to (keyed by id)
 */
public record RelationshipFacts(String freelancerId, List<MissionFact> missions, List<ReferralFact> referrals,
                                List<ReleaseFact> releases, Map<String, PersonFact> people,
                                Map<String, CompanyFact> companies, PolicyHistory policies) {

    public RelationshipFacts {
        Objects.requireNonNull(freelancerId, "freelancerId");
        missions = missions == null ? List.of() : List.copyOf(missions);
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        releases = releases == null ? List.of() : List.copyOf(releases);
        people = people == null ? Map.of() : Map.copyOf(people);
        companies = companies == null ? Map.of() : Map.copyOf(companies);
        policies = policies == null ? PolicyHistory.defaults() : policies;
    }

    public Optional<PersonFact> person(String personId) {
        return Optional.ofNullable(personId).map(people::get);
    }

    public Optional<CompanyFact> company(String companyId) {
        return Optional.ofNullable(companyId).map(companies::get);
    }

    /** The company the person belonged to on {@code date}, when known. */
    public Optional<CompanyFact> companyOf(String personId, LocalDate date) {
        return person(personId).map(p -> p.companyOn(date)).flatMap(this::company);
    }

    /** These facts with {@code referral} added, or replacing the recorded referral with the same id. */
    public RelationshipFacts withReferral(ReferralFact referral) {
        List<ReferralFact> all = new ArrayList<>();
        for (ReferralFact existing : referrals) {
            if (referral.id() == null || !referral.id().equals(existing.id())) {
                all.add(existing);
            }
        }
        all.add(referral);
        return new RelationshipFacts(freelancerId, missions, all, releases, people, companies, policies);
    }
}
