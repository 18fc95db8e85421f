package relais.guard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.engine.MissionFact;
import relais.guard.engine.ReferralFact;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.ReleaseFact;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * The bulk feed reads what the per-freelancer facts query reads: for every freelancer of the test database with a
 * mission, the same missions (dates, company, participants), policy snapshots, referrals and releases, whichever
 * way it reads them (everyone on one connection or two, or some freelancers); a freelancer without missions is not
 * fed. The database holds, beside what other tests wrote, a mission whose participants were all removed, one with
 * many participants, an open-ended one and a cancelled one.
 */
@IntegrationTest
class SimulationFeedTests {

    private static final int MANY = 25;
    private static World world;

    @Autowired
    Fixtures fixtures;
    @Autowired
    SimulationFeed feed;
    @Autowired
    GuardManagement guard;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private record World(String freelancer, String idle, String alone, String crowded, List<String> crowd) {
    }

    @BeforeEach
    void world() {
        if (world != null) {
            return;
        }
        int n = Fixtures.next();
        String company = fixtures.companyId("feed-" + n + ".fr");
        List<String> crowd = IntStream.range(0, MANY)
                .mapToObj(i -> fixtures.personId("Person " + i + " Feed", "p" + i + "@feed-" + n + ".fr", company)).toList();
        String freelancer = fixtures.freelancerId("Fabien Feed", "f-feed-" + n + "@freelance.test", Fixtures.PASSWORD);
        String idle = fixtures.freelancerId("Ida Idle", "i-feed-" + n + "@freelance.test", Fixtures.PASSWORD);
        String alone = fixtures.missionId(freelancer, company, List.of(crowd.get(0)), "2025-01-06", "2025-03-28");
        jdbc.sql("delete from mission_participant where mission_id = cast(:id as uuid)").param("id", alone).update();
        String crowded = fixtures.missionId(freelancer, company, crowd, "2025-04-07", "2025-09-26");
        fixtures.missionId(freelancer, company, List.of(crowd.get(1)), "2025-10-06", null);
        String cancelled = fixtures.missionId(freelancer, company, List.of(crowd.get(2)), "2026-01-05", "2026-06-30");
        jdbc.sql("update mission set cancelled_on = date '2026-02-02', status = 'CANCELLED' where id = cast(:id as uuid)")
                .param("id", cancelled).update();
        world = new World(freelancer, idle, alone, crowded, crowd);
    }

    @Test
    void feedsEveryFreelancerWithMissionsWhatTheirFactsHold() {
        Map<String, RelationshipFacts> fed = collect(feed::everyone);
        List<String> withMissions = jdbc.sql("select distinct freelancer_id::text from mission").query(String.class).list();
        assertThat(fed.keySet()).containsExactlyInAnyOrderElementsOf(withMissions).doesNotContain(world.idle());
        fed.values().forEach(facts -> assertSameAsLoaded(facts));

        List<MissionFact> missions = fed.get(world.freelancer()).missions();
        assertThat(missions).hasSize(4);
        assertThat(missions).filteredOn(m -> m.id().equals(world.alone())).singleElement()
                .satisfies(m -> assertThat(m.participantIds()).isEmpty());
        assertThat(missions).filteredOn(m -> m.id().equals(world.crowded())).singleElement()
                .satisfies(m -> assertThat(m.participantIds()).containsExactlyInAnyOrderElementsOf(world.crowd()));
        assertThat(missions).extracting(MissionFact::id).isSorted();
    }

    @Test
    void readsTheSameOnTwoConnectionsAndForSomeFreelancers() {
        Map<String, RelationshipFacts> one = collect(feed::everyone);
        Map<String, RelationshipFacts> two = collect(feed::everyoneOnTwoConnections);
        assertThat(two).isEqualTo(one);

        List<UUID> some = List.of(UUID.fromString(world.freelancer()), UUID.fromString(world.idle()));
        Map<String, RelationshipFacts> theirs = collect(action -> feed.only(some, action));
        assertThat(theirs).containsOnlyKeys(world.freelancer());
        assertThat(theirs.get(world.freelancer())).isEqualTo(one.get(world.freelancer()));
    }

    @Test
    void seesTheCallersUncommittedChanges() {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("insert into mission_participant (mission_id, person_id) values (cast(:m as uuid), cast(:p as uuid))")
                    .param("m", world.alone()).param("p", world.crowd().get(3)).update();
            Map<String, RelationshipFacts> fed = collect(feed::everyone);
            assertThat(fed.get(world.freelancer()).missions()).filteredOn(m -> m.id().equals(world.alone()))
                    .singleElement().satisfies(m -> assertThat(m.participantIds()).containsExactly(world.crowd().get(3)));
        });
    }

    private static Map<String, RelationshipFacts> collect(Consumer<Consumer<Supplier<RelationshipFacts>>> reading) {
        Map<String, RelationshipFacts> fed = Collections.synchronizedMap(new HashMap<>());
        List<String> twice = Collections.synchronizedList(new ArrayList<>());
        reading.accept(unbuilt -> {
            RelationshipFacts facts = unbuilt.get();
            if (fed.put(facts.freelancerId(), facts) != null) {
                twice.add(facts.freelancerId());
            }
        });
        assertThat(twice).isEmpty();
        return fed;
    }

    /** The feed leaves out titles, notes and names, which no rule reads; everything else is as loaded one by one. */
    private void assertSameAsLoaded(RelationshipFacts fed) {
        RelationshipFacts loaded = guard.factsOf(new FreelancerId(UUID.fromString(fed.freelancerId())));
        assertThat(fed.missions()).as(fed.freelancerId()).isEqualTo(loaded.missions().stream()
                .map(m -> new MissionFact(m.id(), null, m.companyId(), m.participantIds(), m.agreedOn(),
                        m.introducedOn(), m.startOn(), m.endOn(), m.cancelledOn()))
                .sorted(Comparator.comparing(MissionFact::id)).toList());
        assertThat(fed.policies()).isEqualTo(loaded.policies());
        assertThat(fed.referrals()).extracting(ReferralFact::id)
                .containsExactlyInAnyOrderElementsOf(loaded.referrals().stream().map(ReferralFact::id).toList());
        assertThat(fed.releases()).extracting(ReleaseFact::id)
                .containsExactlyInAnyOrderElementsOf(loaded.releases().stream().map(ReleaseFact::id).toList());
    }
}
