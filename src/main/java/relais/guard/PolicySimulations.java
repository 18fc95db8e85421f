package relais.guard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.Simulation;
import relais.guard.engine.Verdicts;
import relais.guard.internal.EndingRows;
import relais.guard.internal.EngineWorkers;
import relais.guard.internal.FactsLoader;
import relais.guard.internal.PolicyRows;
import relais.guard.internal.ProtectedStretches;
import relais.guard.internal.SimulationFeed;
import relais.shared.PlatformDates;

/**
 * The policy simulator: over the real facts, how many (freelancer, person) pairs a hypothetical policy would
 * protect next to the real one, on a day and twelve months later. The same engine decides both sides: each
 * freelancer's protection as recorded is the engine's, kept in the stored stretches ({@link ProtectedStretches}), and
 * the engine computes it once more with the hypothetical version governing every mission and referral
 * ({@link Simulation#underPolicy}). It only reads the platform's facts: nothing is written but the stored
 * stretches brought current, as before any list of relationships ending soon, and not the guard's stored facts.
 */
@Service
public class PolicySimulations {

    /** Changed pairs shown with their verdicts, each way. */
    static final int EXAMPLES_EACH_WAY = 3;
    /** Companies shown in the breakdown, most changed first. */
    static final int COMPANIES_SHOWN = 20;

    private final SimulationFeed feed;
    private final PolicyRows policies;
    private final EndingRows rows;
    private final FactsLoader loader;
    private final ProtectedStretches stretches;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate snapshot;

    PolicySimulations(SimulationFeed feed, PolicyRows policies, EndingRows rows, FactsLoader loader,
            ProtectedStretches stretches, PlatformTransactionManager transactions) {
        this.feed = feed;
        this.stretches = stretches;
        this.policies = policies;
        this.rows = rows;
        this.loader = loader;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * The hypothetical version: the asked length and referral rule, the referral depth of the version in force on
     * the day asked, as if it had always been the only version.
     */
    public PolicyVersion hypotheticalVersion(SimulatedPolicy policy) {
        PolicyVersion current = policies.history().inForceOn(policy.on());
        return new PolicyVersion("simulated", 0, PlatformDates.EARLIEST, policy.protectionMonths(),
                policy.countReferrals(), current.maxReferralDepth());
    }

    public SimulationResult simulate(SimulatedPolicy policy) {
        PolicyVersion version = hypotheticalVersion(policy);
        List<LocalDate> days = List.of(policy.on(), policy.inTwelveMonths());
        Tally atDate = new Tally();
        Tally later = new Tally();
        Map<String, long[]> changedPeople = new HashMap<>();
        Examples examples = new Examples();
        // The recorded policy's side is what the stored stretches hold: brought current first, then read in the
        // same snapshot as the facts, so the engine only computes it again for freelancers changed in between.
        stretches.bringCurrent();
        // In a transaction of its own, the missions can be read on two connections sharing its snapshot.
        boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
        snapshot.executeWithoutResult(status -> {
            Set<String> stale = stretches.staleFreelancers();
            Map<String, List<Set<String>>> stored = stretches.protectedOn(days);
            Consumer<Consumer<Supplier<RelationshipFacts>>> everyone = ownTransaction
                    ? feed::everyoneOnTwoConnections : feed::everyone;
            EngineWorkers.run(everyone, facts -> outcome(facts.get(), version, days, stale, stored), outcome -> {
                        atDate.add(outcome.real().get(0), outcome.simulated().get(0));
                        later.add(outcome.real().get(1), outcome.simulated().get(1));
                        changes(outcome.freelancerId(), outcome.real().get(0), outcome.simulated().get(0),
                                changedPeople, examples);
                    });
        });
        List<Pair> shown = examples.first();
        return new SimulationResult(policy, atDate.counts(policy.on()), later.counts(policy.inTwelveMonths()),
                byCompany(changedPeople, policy.on()), examples(shown, version, policy.on()));
    }

    /**
     * One engine pass per freelancer, for the hypothesis; the recorded side is the stored stretches unless they
     * are behind the facts (a second pass then).
     */
    private static Outcome outcome(RelationshipFacts facts, PolicyVersion version, List<LocalDate> days,
            Set<String> stale, Map<String, List<Set<String>>> stored) {
        String freelancer = facts.freelancerId();
        List<Set<String>> real = stale.contains(freelancer) ? Simulation.protectedOn(facts, days)
                : stored.getOrDefault(freelancer, days.stream().<Set<String>>map(day -> Set.of()).toList());
        return new Outcome(freelancer, real, Simulation.protectedOn(Simulation.underPolicy(facts, version), days));
    }

    /** One freelancer's protected people on each day asked, as recorded and under the hypothesis. */
    private record Outcome(String freelancerId, List<Set<String>> real, List<Set<String>> simulated) {
    }

    /** Ordered by freelancer then person, so the examples are the same whatever order the workers finish in. */
    private record Pair(String freelancerId, String personId, boolean becomesFree) implements Comparable<Pair> {

        @Override
        public int compareTo(Pair other) {
            int byFreelancer = freelancerId.compareTo(other.freelancerId);
            return byFreelancer != 0 ? byFreelancer : personId.compareTo(other.personId);
        }
    }

    private static final class Tally {
        private long real;
        private long simulated;
        private long becomeFree;
        private long becomeProtected;

        void add(Set<String> realPeople, Set<String> simulatedPeople) {
            real += realPeople.size();
            simulated += simulatedPeople.size();
            for (String person : realPeople) {
                becomeFree += simulatedPeople.contains(person) ? 0 : 1;
            }
            for (String person : simulatedPeople) {
                becomeProtected += realPeople.contains(person) ? 0 : 1;
            }
        }

        SimulationCounts counts(LocalDate on) {
            return new SimulationCounts(on, real, simulated, becomeFree, becomeProtected);
        }
    }

    /** Counts each changed person's pairs ([free, protected]) and keeps the first few changed pairs each way. */
    private static void changes(String freelancerId, Set<String> real, Set<String> simulated,
            Map<String, long[]> changedPeople, Examples examples) {
        for (String person : real) {
            if (!simulated.contains(person)) {
                changedPeople.computeIfAbsent(person, id -> new long[2])[0]++;
                examples.offer(new Pair(freelancerId, person, true));
            }
        }
        for (String person : simulated) {
            if (!real.contains(person)) {
                changedPeople.computeIfAbsent(person, id -> new long[2])[1]++;
                examples.offer(new Pair(freelancerId, person, false));
            }
        }
    }

    /**
     * The first few changed pairs each way in freelancer and person order, whatever order they are offered in:
     * a bounded sorted set each way, so that offering the two hundred thousand changes of a full platform costs
     * little.
     */
    private static final class Examples {
        private final TreeSet<Pair> becomingFree = new TreeSet<>();
        private final TreeSet<Pair> becomingProtected = new TreeSet<>();

        void offer(Pair pair) {
            TreeSet<Pair> sameWay = pair.becomesFree() ? becomingFree : becomingProtected;
            if (sameWay.size() < EXAMPLES_EACH_WAY || pair.compareTo(sameWay.last()) < 0) {
                sameWay.add(pair);
                if (sameWay.size() > EXAMPLES_EACH_WAY) {
                    sameWay.pollLast();
                }
            }
        }

        /** As a single reader would have met them: by freelancer, those becoming free first, then by person. */
        List<Pair> first() {
            List<Pair> all = new ArrayList<>(becomingFree);
            all.addAll(becomingProtected);
            all.sort(Comparator.comparing(Pair::freelancerId).thenComparing(p -> !p.becomesFree())
                    .thenComparing(Pair::personId));
            return all;
        }
    }

    private List<SimulationCompanyShift> byCompany(Map<String, long[]> changedPeople, LocalDate on) {
        Map<String, String> companyOf = rows.companiesOn(changedPeople.keySet().stream().map(UUID::fromString).toList(), on);
        Map<String, long[]> byCompany = new HashMap<>();
        changedPeople.forEach((person, counts) -> {
            String company = companyOf.get(person);
            if (company != null) {
                long[] total = byCompany.computeIfAbsent(company, id -> new long[2]);
                total[0] += counts[0];
                total[1] += counts[1];
            }
        });
        List<String> shown = byCompany.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .limit(COMPANIES_SHOWN).map(Map.Entry::getKey).toList();
        Map<String, String> names = rows.companyNames(shown.stream().map(UUID::fromString).toList());
        return shown.stream().map(id -> new SimulationCompanyShift(id, names.get(id), byCompany.get(id)[0],
                byCompany.get(id)[1])).toList();
    }

    /**
     * The engine's verdicts for the example pairs, from the freelancers' full facts (names, titles): read inside a
     * read-only transaction, where the facts loader never stores what it read.
     */
    private List<SimulatedPair> examples(List<Pair> pairs, PolicyVersion version, LocalDate on) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<String, String> freelancerNames = rows.freelancerNames(pairs.stream()
                .map(p -> UUID.fromString(p.freelancerId())).distinct().toList());
        List<UUID> personIds = pairs.stream().map(p -> UUID.fromString(p.personId())).distinct().toList();
        Map<String, String> personNames = rows.personNames(personIds);
        Map<String, String> companyOf = rows.companiesOn(personIds, on);
        Map<String, String> companyNames = rows.companyNames(companyOf.values().stream().filter(java.util.Objects::nonNull)
                .distinct().map(UUID::fromString).toList());
        return readOnly.execute(status -> pairs.stream().map(pair -> {
            RelationshipFacts facts = loader.load(UUID.fromString(pair.freelancerId()));
            String company = companyOf.get(pair.personId());
            return new SimulatedPair(pair.freelancerId(), freelancerNames.get(pair.freelancerId()), pair.personId(),
                    personNames.get(pair.personId()), company == null ? null : companyNames.get(company),
                    Verdicts.forPerson(facts, pair.personId(), on),
                    Verdicts.forPerson(Simulation.underPolicy(facts, version), pair.personId(), on));
        }).toList());
    }
}
