package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import relais.guard.CompanyFact;
import relais.guard.Explanation;
import relais.guard.PersonFact;
import relais.guard.PersonTimeline;
import relais.guard.ProtectedClient;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.Via;

/**
 * The verdict engine: may the freelancer work directly with this person on this date, and why. Stateless and
 * pure: the same facts and date always give the same answer. The methods are static; an instance may be held
 * (e.g. as a bean) and used the same way.
 */
public final class Verdicts {

    public Verdicts() {
        // stateless: instances exist only for callers that prefer to inject the engine
    }

    /**
     * Facts with what every question about them starts from worked out once: who is protected when (the fixed point
     * over referrals), and which person each address belongs to. For a caller that keeps facts to ask about them
     * again and again (the guard's copy on each node); immutable, so threads may share it. Its answers are exactly
     * those of the methods that take the bare facts.
     */
    public static final class Prepared {

        private final RelationshipFacts facts;
        private final Protection protection;
        /** Each address as compared (trimmed, lower case), with the lowest id of the people who have it. */
        private final Map<String, String> personByEmail;

        private Prepared(RelationshipFacts facts) {
            this.facts = facts;
            this.protection = Protection.compute(facts);
            Map<String, String> byEmail = new HashMap<>();
            for (PersonFact person : facts.people().values()) {
                for (String email : person.emails()) {
                    String normalized = PersonFact.normalizeEmail(email);
                    if (normalized != null) {
                        byEmail.merge(normalized, person.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                }
            }
            this.personByEmail = Map.copyOf(byEmail);
        }

        public RelationshipFacts facts() {
            return facts;
        }

        /** The person of the facts with this address (the lowest id when several have it), as {@code hasEmail} says. */
        private Optional<String> personWithEmail(String email) {
            String normalized = PersonFact.normalizeEmail(email);
            return normalized == null ? Optional.empty() : Optional.ofNullable(personByEmail.get(normalized));
        }
    }

    public static Prepared prepare(RelationshipFacts facts) {
        return new Prepared(facts);
    }

    /** The verdict about one person of the facts (an id unknown to the facts is simply FREE, no relationship). */
    public static Verdict forPerson(RelationshipFacts facts, String personId, LocalDate on) {
        return new VerdictMaker(facts, Protection.compute(facts)).forPerson(personId, on);
    }

    /** As {@link #forPerson(RelationshipFacts, String, LocalDate)}, from prepared facts. */
    public static Verdict forPerson(Prepared prepared, String personId, LocalDate on) {
        return new VerdictMaker(prepared.facts, prepared.protection).forPerson(personId, on);
    }

    /**
     * The verdict about an address. It resolves among the people of the facts only; an unknown address is FREE
     * with no person, and carries a KNOWN_COMPANY caution when its domain (never a public mail domain) belongs to
     * a company where the freelancer has people protected on that date.
     */
    public static Verdict forEmail(RelationshipFacts facts, String email, LocalDate on, Set<String> publicMailDomains) {
        return forEmail(prepare(facts), email, on, publicMailDomains);
    }

    /** As {@link #forEmail(RelationshipFacts, String, LocalDate, Set)}, from prepared facts. */
    public static Verdict forEmail(Prepared prepared, String email, LocalDate on, Set<String> publicMailDomains) {
        Optional<String> person = prepared.personWithEmail(email);
        if (person.isPresent()) {
            return forPerson(prepared, person.get(), on);
        }
        RelationshipFacts facts = prepared.facts;
        VerdictMaker maker = new VerdictMaker(facts, prepared.protection);
        List<Explanation> cautions = new ArrayList<>();
        domainOf(email)
                .filter(domain -> !normalized(publicMailDomains).contains(domain))
                .ifPresent(domain -> facts.companies().values().stream()
                        .filter(company -> company.ownsDomain(domain))
                        .sorted(Comparator.comparing(CompanyFact::name, NameOrder.NAMES))
                        .flatMap(company -> maker.knownCompanyCaution(company, null, on).stream())
                        .forEach(cautions::add));
        return new Verdict(VerdictKind.FREE, null, false, null, null,
                List.of(new Explanation.NoRelationship(null, null)), cautions, null);
    }

    /** Everyone protected with the freelancer on {@code on}, soonest free first, open-ended last, then by name. */
    public static List<ProtectedClient> protectedClients(RelationshipFacts facts, LocalDate on) {
        Protection protection = Protection.compute(facts);
        List<ProtectedClient> clients = new ArrayList<>();
        for (PersonFact person : facts.people().values()) {
            protection.stretchOn(person.id(), on).ifPresent(stretch -> clients.add(new ProtectedClient(
                    person,
                    facts.company(person.companyOn(on)).orElse(null),
                    stretch.end(),
                    stretch.openEnded(),
                    protection.coveredByMission(person.id(), on) ? Via.MISSION : Via.REFERRAL)));
        }
        clients.sort(Comparator
                .comparing(ProtectedClient::protectedUntil, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.person().fullName(), NameOrder.NAMES)
                .thenComparing(c -> c.person().id()));
        return clients;
    }

    /** Every person ever protected with the freelancer and the stretches of their protection, by name. */
    public static List<PersonTimeline> timeline(RelationshipFacts facts) {
        Protection protection = Protection.compute(facts);
        return protection.personIds().stream()
                .map(personId -> Timelines.of(facts, protection, personId))
                .filter(timeline -> !timeline.spans().isEmpty())
                .sorted(Comparator.comparing(PersonTimeline::personName, NameOrder.NAMES)
                        .thenComparing(PersonTimeline::personId))
                .toList();
    }

    private static Optional<String> domainOf(String email) {
        String normalized = PersonFact.normalizeEmail(email);
        if (normalized == null || normalized.indexOf('@') < 0 || normalized.endsWith("@")) {
            return Optional.empty();
        }
        return Optional.of(normalized.substring(normalized.lastIndexOf('@') + 1));
    }

    private static Set<String> normalized(Set<String> domains) {
        if (domains == null) {
            return Set.of();
        }
        return domains.stream().map(d -> d.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
