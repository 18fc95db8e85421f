package relais.guard.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import relais.guard.CompanyFact;
import relais.guard.DeclarerRole;
import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.ReleaseKind;
import relais.guard.engine.Declarer;
import relais.guard.engine.PolicyHistory;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.ReferralFact;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.ReleaseFact;

/**
 * The guard's facts for many freelancers at once, for the policy simulator and the list of relationships ending
 * soon: the same facts the per-freelancer query reads, fed in bulk. The missions, their participants and their
 * policy snapshots come by three binary COPYs that PostgreSQL answers with a plain scan each, and are grouped by
 * freelancer in memory ({@link PlatformMissions}); referrals, releases, companies and the people whose employer
 * matters to the rules (referral parties, and the people a company release may reach) are read once beforehand.
 * People only named by missions get no record: the rules never need their employer, and a freelancer's protection
 * is keyed by person id. Names, addresses and domains are left out: no rule reads them. Everything is read in one
 * read-only transaction, so it is one consistent picture of the platform. Each freelancer's facts are handed over
 * unbuilt, to be built by whoever computes with them (the engine's workers), not by the reading thread.
 */
@Component
public class SimulationFeed {

    /** A mission's columns as {@link PlatformMissions#readMissions} reads them. */
    public static final String MISSIONS = """
            select m.freelancer_id, m.id, m.company_id, m.agreed_on, m.introduced_on, m.start_on,
                   coalesce(m.actual_end_on, m.planned_end_on), m.cancelled_on
            from mission m""";

    private static final String PARTICIPANTS = "select p.mission_id, p.person_id from mission_participant p";
    private static final String SNAPSHOTS = "select s.mission_id, s.policy_version_id from mission_policy s";

    private static final String REFERRALS = """
            select r.freelancer_id, r.id, r.referrer_id, r.referred_id, r.referred_on, r.declared_by_role,
                   r.declared_by_name
            from referral r where (:everyone or r.freelancer_id = any(:ids))""";

    private static final String RELEASES = """
            select l.freelancer_id, l.id, l.kind, l.person_id, l.company_id, l.effective_on
            from protection_release l where (:everyone or l.freelancer_id = any(:ids))""";

    /** The employers of everyone whose company a rule may read: referral parties, and who a company release reaches. */
    private static final String EMPLOYMENTS = """
            select e.person_id, e.company_id, e.from_date from person_employment e
            where e.person_id in (
                select r.referrer_id from referral r where (:everyone or r.freelancer_id = any(:ids))
                union select r.referred_id from referral r where (:everyone or r.freelancer_id = any(:ids))
                union select l.person_id from protection_release l
                      where l.person_id is not null and (:everyone or l.freelancer_id = any(:ids))
                union select p.person_id from mission_participant p join mission m on m.id = p.mission_id
                      where m.freelancer_id in (select l.freelancer_id from protection_release l
                                                where l.company_id is not null
                                                and (:everyone or l.freelancer_id = any(:ids))))""";

    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final PolicyRows policies;

    SimulationFeed(DataSource dataSource, PlatformTransactionManager transactions, PolicyRows policies) {
        this.dataSource = dataSource;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(5_000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        // Repeatable read: every statement sees the same moment, and a second connection can share it.
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.policies = policies;
    }

    /** Every freelancer's facts with at least one mission, one freelancer at a time, to be built when asked. */
    public void everyone(Consumer<Supplier<RelationshipFacts>> action) {
        feed(null, false, action);
    }

    /**
     * The same, the participants and snapshots read on a second connection while this one reads the missions.
     * Only from a transaction that has changed nothing (or none at all): the second connection sees what was
     * committed at this transaction's snapshot, not this transaction's own changes.
     */
    public void everyoneOnTwoConnections(Consumer<Supplier<RelationshipFacts>> action) {
        feed(null, true, action);
    }

    /** The facts of these freelancers (those with at least one mission), one at a time, to be built when asked. */
    public void only(Collection<UUID> freelancers, Consumer<Supplier<RelationshipFacts>> action) {
        if (!freelancers.isEmpty()) {
            feed(freelancers, false, action);
        }
    }

    private void feed(Collection<UUID> freelancers, boolean twoConnections,
            Consumer<Supplier<RelationshipFacts>> action) {
        var params = new MapSqlParameterSource("everyone", freelancers == null)
                .addValue("ids", freelancers == null ? new UUID[0] : freelancers.toArray(UUID[]::new));
        Copies copies = freelancers == null ? Copies.EVERYONE : Copies.only(freelancers);
        readOnly.executeWithoutResult(status -> {
            List<PolicyVersion> versions = policies.history().versions();
            PlatformMissions missions = new PlatformMissions();
            Meanwhile<Void> other = twoConnections ? onSecondConnection(missions, copies) : null;
            Shared shared;
            try {
                Map<String, PersonFact> people = people(params);
                shared = new Shared(versions, referrals(params), releases(params), people, employers(people));
                jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
                    missions.readMissions(connection, copies.missions());
                    if (other == null) {
                        missions.readParticipants(connection, copies.participants());
                        missions.readSnapshots(connection, copies.snapshots());
                    }
                    return null;
                });
            } finally {
                if (other != null) {
                    other.await();
                }
            }
            missions.group();
            for (int freelancer : missions.freelancersInIdOrder()) {
                action.accept(() -> shared.facts(missions.freelancerId(freelancer), missions.of(freelancer)));
            }
        });
    }

    /** The binary COPYs of the missions, their participants and snapshots, for everyone or some freelancers. */
    private record Copies(String missions, String participants, String snapshots) {

        static final Copies EVERYONE = new Copies(copy(MISSIONS), copy(PARTICIPANTS), copy(SNAPSHOTS));

        /**
         * Restricted to these freelancers. COPY takes no parameters: the ids are written into the statement, which
         * is safe since a {@link UUID}'s text is hex digits and dashes only.
         */
        static Copies only(Collection<UUID> freelancers) {
            String ids = freelancers.stream().map(UUID::toString).collect(Collectors.joining(",", "'{", "}'::uuid[]"));
            String theirs = " where m.freelancer_id = any(" + ids + ")";
            return new Copies(copy(MISSIONS + theirs),
                    copy(PARTICIPANTS + " join mission m on m.id = p.mission_id" + theirs),
                    copy(SNAPSHOTS + " join mission m on m.id = s.mission_id" + theirs));
        }

        private static String copy(String query) {
            return "copy (" + query + ") to stdout (format binary)";
        }
    }

    /**
     * Reads the participants and snapshots on a connection of its own, in a read-only transaction that imports
     * this one's snapshot, so both connections see the same moment.
     */
    private Meanwhile<Void> onSecondConnection(PlatformMissions missions, Copies copies) {
        // The snapshot's name comes from PostgreSQL itself (pg_export_snapshot), never from outside.
        String snapshot = jdbc.queryForObject("select pg_export_snapshot()", Map.of(), String.class);
        return Meanwhile.start("relais-feed-second-connection", () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                connection.setReadOnly(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction snapshot '" + snapshot + "'");
                }
                try {
                    missions.readParticipants(connection, copies.participants());
                    missions.readSnapshots(connection, copies.snapshots());
                } finally {
                    connection.rollback();
                }
            }
            return null;
        });
    }

    /** What is read once and shared by every freelancer's facts. */
    private record Shared(List<PolicyVersion> versions, Map<String, List<ReferralFact>> referrals,
            Map<String, List<ReleaseFact>> releases, Map<String, PersonFact> people,
            Map<String, CompanyFact> companies) {

        /** One freelancer's facts: their missions with what is shared, narrowed to the people the rules read. */
        RelationshipFacts facts(String freelancer, PlatformMissions.Missions missions) {
            List<ReferralFact> theirReferrals = referrals.getOrDefault(freelancer, List.of());
            List<ReleaseFact> theirReleases = releases.getOrDefault(freelancer, List.of());
            Set<String> named = new HashSet<>();
            theirReferrals.forEach(r -> {
                named.add(r.referrerId());
                named.add(r.referredId());
            });
            theirReleases.forEach(l -> {
                if (l.personId() != null) {
                    named.add(l.personId());
                }
            });
            if (theirReleases.stream().anyMatch(l -> l.companyId() != null)) {
                missions.facts().forEach(m -> named.addAll(m.participantIds()));
            }
            Map<String, PersonFact> theirPeople = new HashMap<>();
            Map<String, CompanyFact> theirCompanies = new HashMap<>();
            for (String personId : named) {
                PersonFact person = people.get(personId);
                if (person != null) {
                    theirPeople.put(personId, person);
                    for (Employment job : person.employments()) {
                        CompanyFact company = companies.get(job.companyId());
                        if (company != null) {
                            theirCompanies.put(company.id(), company);
                        }
                    }
                }
            }
            return new RelationshipFacts(freelancer, missions.facts(), theirReferrals, theirReleases, theirPeople,
                    theirCompanies, new PolicyHistory(versions, missions.snapshots()));
        }
    }

    private Map<String, List<ReferralFact>> referrals(MapSqlParameterSource params) {
        Map<String, List<ReferralFact>> byFreelancer = new HashMap<>();
        jdbc.query(REFERRALS, params, rs -> {
            String role = rs.getString("declared_by_role");
            byFreelancer.computeIfAbsent(rs.getString("freelancer_id"), id -> new ArrayList<>()).add(new ReferralFact(
                    rs.getString("id"), rs.getString("referrer_id"), rs.getString("referred_id"),
                    date(rs, "referred_on"), new Declarer(role == null ? null : DeclarerRole.valueOf(role),
                            rs.getString("declared_by_name")), null));
        });
        return byFreelancer;
    }

    private Map<String, List<ReleaseFact>> releases(MapSqlParameterSource params) {
        Map<String, List<ReleaseFact>> byFreelancer = new HashMap<>();
        jdbc.query(RELEASES, params, rs -> {
            byFreelancer.computeIfAbsent(rs.getString("freelancer_id"), id -> new ArrayList<>()).add(new ReleaseFact(
                    rs.getString("id"), ReleaseKind.valueOf(rs.getString("kind")), rs.getString("person_id"),
                    rs.getString("company_id"), date(rs, "effective_on"), null, null));
        });
        return byFreelancer;
    }

    private Map<String, PersonFact> people(MapSqlParameterSource params) {
        Map<String, List<Employment>> jobs = new HashMap<>();
        jdbc.query(EMPLOYMENTS, params, rs -> {
            jobs.computeIfAbsent(rs.getString("person_id"), id -> new ArrayList<>())
                    .add(new Employment(rs.getString("company_id"), date(rs, "from_date")));
        });
        Map<String, PersonFact> people = new HashMap<>();
        jobs.forEach((id, list) -> people.put(id, new PersonFact(id, null, List.of(), list)));
        return people;
    }

    /** The companies the people worked for: the only ones a rule reads (a referral's internality, a company release). */
    private Map<String, CompanyFact> employers(Map<String, PersonFact> people) {
        Map<String, CompanyFact> companies = new HashMap<>();
        UUID[] ids = people.values().stream().flatMap(p -> p.employments().stream()).map(Employment::companyId)
                .distinct().map(UUID::fromString).toArray(UUID[]::new);
        if (ids.length > 0) {
            jdbc.query("select id, group_id from company where id = any(:ids)", new MapSqlParameterSource("ids", ids),
                    rs -> {
                        String id = rs.getString("id");
                        companies.put(id, new CompanyFact(id, null, rs.getString("group_id"), Set.of()));
                    });
        }
        return companies;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
