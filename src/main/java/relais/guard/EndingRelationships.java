package relais.guard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import relais.freelancer.FreelancerId;
import relais.guard.engine.EndingStretches;
import relais.guard.engine.RelationshipFacts;
import relais.guard.internal.EndingRows;
import relais.guard.internal.FactsLoader;
import relais.guard.internal.ProtectedStretches;

/**
 * Protected relationships nearing their end, the moment to propose new work through Relais: the (freelancer,
 * person) pairs protected on a day whose protection ends within some days of it, with no open brief or mission
 * between them (see {@link EndingRows.OpenWork#between}). The engine decides every protection; the platform-wide
 * list reads the stretches it computed and stored ({@link ProtectedStretches}). Soonest end first.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EndingRelationships {

    private static final Comparator<EndingRelationship> ORDER = Comparator
            .comparing(EndingRelationship::protectedUntil)
            .thenComparing(EndingRelationship::freelancerId)
            .thenComparing(EndingRelationship::personId);

    /** A relationship ending soon with the names a page or a mail shows. */
    public record Named(EndingRelationship relationship, String freelancerName, String personName,
            String companyName) {
    }

    private final EndingRows rows;
    private final ProtectedStretches stretches;
    private final FactsLoader loader;

    /**
     * Every freelancer's relationships ending soon, for account managers: read from the stored stretches, after
     * the freelancers whose facts changed since were computed again.
     */
    public List<EndingRelationship> all(EndingQuery query) {
        List<Found> found = stretches.endingBetween(query.on(), query.lastDay()).stream()
                .map(e -> new Found(e.freelancerId(), e.stretch().personId(), e.stretch().until())).toList();
        return withoutOpenWork(found, query.on());
    }

    /** The freelancer's own relationships ending soon. */
    public List<EndingRelationship> of(FreelancerId freelancer, EndingQuery query) {
        List<Found> found = new ArrayList<>();
        collect(loader.load(freelancer.value()), query, found::add);
        return withoutOpenWork(found, query.on());
    }

    /** The first {@code limit} relationships with their names, in the same order. */
    public List<Named> named(List<EndingRelationship> ending, int limit) {
        List<EndingRelationship> shown = ending.stream().limit(limit).toList();
        Map<String, String> freelancerNames = rows.freelancerNames(ids(shown, EndingRelationship::freelancerId));
        Map<String, String> personNames = rows.personNames(ids(shown, EndingRelationship::personId));
        Map<String, String> companyNames = rows.companyNames(ids(shown, EndingRelationship::companyId));
        return shown.stream().map(e -> new Named(e, freelancerNames.get(e.freelancerId()),
                personNames.get(e.personId()), e.companyId() == null ? null : companyNames.get(e.companyId()))).toList();
    }

    private static List<UUID> ids(List<EndingRelationship> ending, Function<EndingRelationship, String> id) {
        return ending.stream().map(id).filter(Objects::nonNull).distinct().map(UUID::fromString).toList();
    }

    private record Found(String freelancerId, String personId, LocalDate until) {
    }

    private static void collect(RelationshipFacts facts, EndingQuery query, Consumer<Found> sink) {
        EndingStretches.endingBy(facts, query.on(), query.lastDay())
                .forEach((person, until) -> sink.accept(new Found(facts.freelancerId(), person, until)));
    }

    private List<EndingRelationship> withoutOpenWork(List<Found> found, LocalDate on) {
        Set<UUID> freelancers = new HashSet<>();
        Set<UUID> people = new HashSet<>();
        found.forEach(f -> {
            freelancers.add(UUID.fromString(f.freelancerId()));
            people.add(UUID.fromString(f.personId()));
        });
        Map<String, String> companies = rows.companiesOn(people, on);
        EndingRows.OpenWork open = rows.openWork(freelancers, people);
        List<EndingRelationship> ending = new ArrayList<>();
        for (Found f : found) {
            String company = companies.get(f.personId());
            if (!open.between(f.freelancerId(), f.personId(), company)) {
                ending.add(new EndingRelationship(f.freelancerId(), f.personId(), company, f.until()));
            }
        }
        ending.sort(ORDER);
        return ending;
    }
}
