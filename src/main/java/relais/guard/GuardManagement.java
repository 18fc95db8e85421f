package relais.guard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.engine.BoundFreelancer;
import relais.guard.engine.FreelancerRelationships;
import relais.guard.engine.Referrals;
import relais.guard.engine.Relationship;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.Verdicts;
import relais.guard.internal.Declarations;
import relais.guard.internal.FactsLoader;
import relais.guard.internal.OutsidePeople;
import relais.guard.internal.PolicyRows;
import relais.guard.internal.ReferralRows;
import relais.guard.internal.ReleaseRows;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;
import relais.shared.PublicMailDomains;

/**
 * The guard as other modules see it: verdicts computed by the engine from the recorded facts, protected clients,
 * releases. The records that feed it, as the guard's own pages keep them, are {@code internal.GuardRecords}'s.
 * "Today" is today in Paris. A freelancer's questions are answered from their own facts only. Reads run without a
 * transaction on purpose: a verdict is one query, and BEGIN/COMMIT around it cost a round trip per request.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GuardManagement {

    private final FactsLoader loader;
    private final OutsidePeople outsiders;
    private final Declarations declarations;
    private final PolicyRows policies;
    private final ReferralRows referrals;
    private final ReleaseRows releases;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final Clock clock;

    public LocalDate today() {
        return ParisCalendar.today(clock);
    }

    public RelationshipFacts factsOf(FreelancerId freelancer) {
        return loader.load(freelancer.value());
    }

    public Verdict verdictFor(FreelancerId freelancer, PersonId person, LocalDate on) {
        return checkPerson(freelancer, person.value(), on, true).verdict();
    }

    public Verdict verdictForEmail(FreelancerId freelancer, String email, LocalDate on, boolean callerMayKnowEveryone) {
        return checkEmail(freelancer, email, on, callerMayKnowEveryone).verdict();
    }

    /**
     * The verdict about a person id. Outside the freelancer's relationships, a caller who may not know everyone
     * gets exactly what an unknown address gets (FREE, no person), after the same work: facts are always loaded and
     * the engine always runs, so neither the answer nor its timing tells whether the person exists.
     */
    public DirectWorkAnswer checkPerson(FreelancerId freelancer, UUID personId, LocalDate on,
            boolean callerMayKnowEveryone) {
        var loaded = loader.loadNamed(freelancer.value());
        RelationshipFacts facts = loaded.facts();
        String id = personId.toString();
        if (facts.person(id).isPresent()) {
            return answer(facts, Verdicts.forPerson(loaded.prepared(), id, on), on, loaded.freelancerName());
        }
        if (callerMayKnowEveryone) {
            Person person = companies.person(new PersonId(personId)).orElseThrow(() -> NotFoundException.of("person", id));
            RelationshipFacts widened = outsiders.with(facts, person);
            return answer(widened, Verdicts.forPerson(widened, id, on), on, loaded.freelancerName());
        }
        return new DirectWorkAnswer(Verdicts.forEmail(loaded.prepared(), null, on, PublicMailDomains.ALL), null,
                loaded.freelancerName());
    }

    /** The verdict about an address, resolved among the freelancer's own people (everyone for a manager). */
    public DirectWorkAnswer checkEmail(FreelancerId freelancer, String email, LocalDate on,
            boolean callerMayKnowEveryone) {
        var loaded = loader.loadNamed(freelancer.value());
        RelationshipFacts facts = loaded.facts();
        Verdict verdict = Verdicts.forEmail(loaded.prepared(), email, on, PublicMailDomains.ALL);
        if (verdict.personId() == null && callerMayKnowEveryone) {
            Optional<Person> person = companies.personWithEmail(email);
            if (person.isPresent()) {
                RelationshipFacts widened = outsiders.with(facts, person.get());
                return answer(widened, Verdicts.forPerson(widened, person.get().id().toString(), on), on,
                        loaded.freelancerName());
            }
        }
        return answer(facts, verdict, on, loaded.freelancerName());
    }

    private static DirectWorkAnswer answer(RelationshipFacts facts, Verdict verdict, LocalDate on,
            String freelancerName) {
        PersonRef person = verdict.personId() == null ? null : facts.person(verdict.personId())
                .map(p -> new PersonRef(p.id(), p.fullName(), p.companyOn(on))).orElse(null);
        return new DirectWorkAnswer(verdict, person, freelancerName);
    }

    public List<ProtectedClient> protectedClients(FreelancerId freelancer, LocalDate on) {
        return Verdicts.protectedClients(loader.load(freelancer.value()), on);
    }

    public List<PersonTimeline> timeline(FreelancerId freelancer) {
        return Verdicts.timeline(loader.load(freelancer.value()));
    }

    /** Every person the freelancer was ever protected with, their stretches and the verdict on {@code on}. */
    public List<Relationship> relationships(FreelancerId freelancer, LocalDate on) {
        return relationships(loader.load(freelancer.value()), on, null);
    }

    private static List<Relationship> relationships(RelationshipFacts facts, LocalDate on, String onlyCompanyId) {
        List<Relationship> result = new ArrayList<>();
        for (PersonTimeline timeline : Verdicts.timeline(facts)) {
            PersonFact person = facts.person(timeline.personId()).orElse(null);
            String companyId = person == null ? null : person.companyOn(on);
            if (onlyCompanyId != null && (person == null || person.employments().stream()
                    .noneMatch(e -> e.companyId().equals(onlyCompanyId)))) {
                continue;
            }
            result.add(new Relationship(new PersonRef(timeline.personId(), timeline.personName(), companyId),
                    facts.company(companyId).map(CompanyFact::name).orElse(null), timeline,
                    Verdicts.forPerson(facts, timeline.personId(), on)));
        }
        return result;
    }

    /** For an account manager: each freelancer who is or was protected with people of the company. */
    public List<FreelancerRelationships> relationshipsAt(CompanyId company, LocalDate on) {
        List<FreelancerRelationships> result = new ArrayList<>();
        for (Freelancer freelancer : freelancersTouching(company)) {
            List<Relationship> found = relationships(loader.load(freelancer.id().value()), on, company.toString());
            if (!found.isEmpty()) {
                result.add(new FreelancerRelationships(freelancer.id().toString(), freelancer.fullName(), found));
            }
        }
        return result;
    }

    /** For a client user: the freelancers the company is bound with on {@code on}, per person, until when. */
    public List<BoundFreelancer> boundFreelancers(CompanyId company, LocalDate on) {
        List<BoundFreelancer> bound = new ArrayList<>();
        for (Freelancer freelancer : freelancersTouching(company)) {
            for (ProtectedClient client : Verdicts.protectedClients(loader.load(freelancer.id().value()), on)) {
                if (client.company() != null && client.company().id().equals(company.toString())) {
                    bound.add(new BoundFreelancer(freelancer.id().toString(), freelancer.fullName(),
                            client.person().id(), client.person().fullName(), client.protectedUntil(),
                            client.openEnded(), client.via()));
                }
            }
        }
        bound.sort(Comparator.comparing(BoundFreelancer::freelancerName).thenComparing(BoundFreelancer::personName));
        return bound;
    }

    private List<Freelancer> freelancersTouching(CompanyId company) {
        return freelancers.freelancers(referrals.freelancersTouching(company.value())).stream()
                .sorted(Comparator.comparing(Freelancer::fullName)).toList();
    }

    public Map<String, ReferralAssessment> referralAssessments(RelationshipFacts facts) {
        return Referrals.assessAll(facts);
    }

    public List<Release> releasesOf(FreelancerId freelancer) {
        return releases.ofFreelancer(freelancer.value());
    }

    /**
     * The default buy-out fee's inputs for a person on the request date. The policy length is the longest of the
     * versions behind the verdict (used when the protection is open-ended), else the version in force that day.
     */
    public BuyoutFeeInputs buyoutInputs(FreelancerId freelancer, PersonId person, LocalDate requestedOn,
            BigDecimal commissionRate, BigDecimal invoicedLast12Months) {
        Verdict verdict = verdictFor(freelancer, person, requestedOn);
        int months = verdict.longestProtectionMonths()
                .orElse(policies.history().inForceOn(requestedOn).protectionMonths());
        return BuyoutFee.inputs(commissionRate, invoicedLast12Months, requestedOn, verdict, months);
    }

    /** Whether the freelancer ever worked with the company through Relais (a mission, or a referral reaching it). */
    public boolean worksWith(FreelancerId freelancer, CompanyId company) {
        return referrals.worksWith(freelancer.value(), company.value());
    }

    /** Records a release (a paid buy-out, a waiver, an accepted prior relationship); it takes effect that day. */
    @Transactional
    public Release recordRelease(ReleaseRequest request, UUID recordedByAccount, String recordedByName) {
        return declarations.release(request, recordedByAccount, recordedByName);
    }

    /** Names for pages that show ids (e.g. a release's person). */
    public Map<String, String> personNames(List<UUID> ids) {
        Map<String, String> names = new HashMap<>();
        companies.people(ids).forEach(p -> names.put(p.id().toString(), p.fullName()));
        return names;
    }
}
