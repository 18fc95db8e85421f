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

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
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
import relais.guard.engine.MissionFact;
import relais.guard.engine.PolicyHistory;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.ReferralFact;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.ReleaseFact;

/**
 * The guard's facts for many freelancers at once, for the policy simulator and the list of relationships ending
 * soon: the same facts the per-freelancer query reads, fed in bulk. Missions stream from one statement ordered by
 * freelancer (a cursor, so the platform is never held in memory at once); referrals, releases, companies and the
 * people whose employer matters to the rules (referral parties, and the people a company release may reach) are
 * read once beforehand. People only named by missions get no record: the rules never need their employer, and a
 * freelancer's protection is keyed by person id. Names, addresses and domains are left out: no rule reads them.
 * Everything is read in one read-only transaction, so it is one consistent picture of the platform.
 */
@Component
public class SimulationFeed {

    private static final int FETCH_SIZE = 5_000;
    private static final String SORT_MEMORY = "256MB";

    /**
     * One row per participant (or one for a mission without any), ordered by freelancer then mission: a join that
     * PostgreSQL runs in one pass, where a per-mission sub-select of participants would probe an index per mission.
     */
    public static final String MISSIONS = """
            select m.freelancer_id, m.id, m.company_id, m.agreed_on, m.introduced_on, m.start_on,
                   coalesce(m.actual_end_on, m.planned_end_on) as end_on, m.cancelled_on, mp.policy_version_id,
                   p.person_id
            from mission m
            left join mission_policy mp on mp.mission_id = m.id
            left join mission_participant p on p.mission_id = m.id
            where %s
            order by m.freelancer_id, m.id""";

    private static final String SOME_MISSIONS = MISSIONS.formatted("(:everyone or m.freelancer_id = any(:ids))");
    private static final String MISSIONS_BELOW = MISSIONS.formatted("m.freelancer_id < :split");
    private static final String MISSIONS_FROM = MISSIONS.formatted("m.freelancer_id >= :split");

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
        this.jdbc = streaming(dataSource);
        // Repeatable read: every statement sees the same moment, and a second connection can share it.
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.policies = policies;
    }

    private static NamedParameterJdbcTemplate streaming(DataSource dataSource) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        return new NamedParameterJdbcTemplate(streaming);
    }

    /** Every freelancer's facts with at least one mission, one freelancer at a time. */
    public void everyone(Consumer<RelationshipFacts> action) {
        feed(null, false, action);
    }

    /**
     * The same, the missions read on two connections at once: {@code action} is then called from two threads.
     * Only from a transaction that has changed nothing (or none at all): the second connection sees what was
     * committed at this transaction's snapshot, not this transaction's own changes.
     */
    public void everyoneInHalves(Consumer<RelationshipFacts> action) {
        feed(null, true, action);
    }

    /** The facts of these freelancers (those with at least one mission), one at a time. */
    public void only(Collection<UUID> freelancers, Consumer<RelationshipFacts> action) {
        if (!freelancers.isEmpty()) {
            feed(freelancers, false, action);
        }
    }

    private void feed(Collection<UUID> freelancers, boolean inHalves, Consumer<RelationshipFacts> action) {
        var params = new MapSqlParameterSource("everyone", freelancers == null)
                .addValue("ids", freelancers == null ? new UUID[0] : freelancers.toArray(UUID[]::new));
        readOnly.executeWithoutResult(status -> {
            // The missions' sort fits in memory instead of spilling to disk (for this transaction only).
            jdbc.getJdbcTemplate().execute("set local work_mem = '" + SORT_MEMORY + "'");
            List<PolicyVersion> versions = policies.history().versions();
            Map<String, PersonFact> people = people(params);
            Shared shared = new Shared(referrals(params), releases(params), people, employers(people));
            if (inHalves) {
                inHalves(new Batch(versions, shared, action), new Batch(versions, shared, action));
            } else {
                Batch batch = new Batch(versions, shared, action);
                jdbc.query(SOME_MISSIONS, params, batch::row);
                batch.flush();
            }
        });
    }

    /**
     * The whole platform's missions read in two halves at once, split at the middle freelancer: this connection
     * reads the first while a second one, in a transaction that imports this one's snapshot, reads the other. Each
     * half waits on PostgreSQL while the other builds facts, where one cursor would do both in turn.
     */
    private void inHalves(Batch first, Batch second) {
        var split = new MapSqlParameterSource("split", jdbc.queryForObject(
                "select percentile_disc(0.5) within group (order by id) from freelancer", Map.of(), UUID.class));
        if (split.getValue("split") == null) {
            return; // no freelancer at all
        }
        String snapshot = jdbc.queryForObject("select pg_export_snapshot()", Map.of(), String.class);
        Meanwhile<Void> other = Meanwhile.start("relais-feed-second-half", () -> {
            readInSnapshot(snapshot, MISSIONS_FROM, split, second);
            return null;
        });
        try {
            jdbc.query(MISSIONS_BELOW, split, first::row);
            first.flush();
        } finally {
            other.await();
        }
    }

    /** Reads missions on a connection of its own, in a read-only transaction seeing the exported snapshot. */
    private void readInSnapshot(String snapshot, String sql, MapSqlParameterSource params, Batch batch)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                // The snapshot's name comes from PostgreSQL itself (pg_export_snapshot), never from outside.
                statement.execute("set transaction snapshot '" + snapshot + "'");
                statement.execute("set local work_mem = '" + SORT_MEMORY + "'");
            }
            try {
                streaming(new SingleConnectionDataSource(connection, true)).query(sql, params, batch::row);
                batch.flush();
            } finally {
                connection.rollback();
            }
        }
    }

    /** What is read once and shared by every freelancer's facts. */
    private record Shared(Map<String, List<ReferralFact>> referrals, Map<String, List<ReleaseFact>> releases,
            Map<String, PersonFact> people, Map<String, CompanyFact> companies) {
    }

    /** Gathers one freelancer's missions while the rows come, and hands over their facts when the next begins. */
    private static final class Batch {

        private final List<PolicyVersion> versions;
        private final Shared shared;
        private final Consumer<RelationshipFacts> action;
        private String freelancer;
        private final List<MissionFact> missions = new ArrayList<>();
        private final Map<String, String> snapshots = new HashMap<>();
        private final MissionRows mission = new MissionRows();

        Batch(List<PolicyVersion> versions, Shared shared, Consumer<RelationshipFacts> action) {
            this.versions = versions;
            this.shared = shared;
            this.action = action;
        }

        /** One row of {@link #MISSIONS}, read by column number: this runs for every participant of the platform. */
        void row(ResultSet rs) throws SQLException {
            String missionId = rs.getString(2);
            if (!missionId.equals(mission.id)) {
                String freelancerId = rs.getString(1);
                mission.finish(missions, snapshots);
                if (!freelancerId.equals(freelancer)) {
                    flush();
                    freelancer = freelancerId;
                }
                mission.start(missionId, rs);
            }
            String participant = rs.getString(10);
            if (participant != null) {
                mission.participants.add(participant);
            }
        }

        void flush() {
            mission.finish(missions, snapshots);
            if (freelancer == null) {
                return;
            }
            List<ReferralFact> referrals = shared.referrals().getOrDefault(freelancer, List.of());
            List<ReleaseFact> releases = shared.releases().getOrDefault(freelancer, List.of());
            Set<String> named = new HashSet<>();
            referrals.forEach(r -> {
                named.add(r.referrerId());
                named.add(r.referredId());
            });
            releases.forEach(l -> {
                if (l.personId() != null) {
                    named.add(l.personId());
                }
            });
            if (releases.stream().anyMatch(l -> l.companyId() != null)) {
                missions.forEach(m -> named.addAll(m.participantIds()));
            }
            Map<String, PersonFact> people = new HashMap<>();
            Map<String, CompanyFact> companies = new HashMap<>();
            for (String personId : named) {
                PersonFact person = shared.people().get(personId);
                if (person != null) {
                    people.put(personId, person);
                    for (Employment job : person.employments()) {
                        CompanyFact company = shared.companies().get(job.companyId());
                        if (company != null) {
                            companies.put(company.id(), company);
                        }
                    }
                }
            }
            action.accept(new RelationshipFacts(freelancer, missions, referrals, releases, people, companies,
                    new PolicyHistory(versions, snapshots)));
            missions.clear();
            snapshots.clear();
            freelancer = null;
        }
    }

    /** The mission whose rows (one per participant) are being read. */
    private static final class MissionRows {

        private String id;
        private String companyId;
        private LocalDate agreedOn;
        private LocalDate introducedOn;
        private LocalDate startOn;
        private LocalDate endOn;
        private LocalDate cancelledOn;
        private String snapshot;
        private final List<String> participants = new ArrayList<>();

        void start(String missionId, ResultSet rs) throws SQLException {
            id = missionId;
            companyId = rs.getString(3);
            agreedOn = rs.getObject(4, LocalDate.class);
            introducedOn = rs.getObject(5, LocalDate.class);
            startOn = rs.getObject(6, LocalDate.class);
            endOn = rs.getObject(7, LocalDate.class);
            cancelledOn = rs.getObject(8, LocalDate.class);
            snapshot = rs.getString(9);
        }

        /** Adds the mission read so far, if any, to its freelancer's. */
        void finish(List<MissionFact> missions, Map<String, String> snapshots) {
            if (id == null) {
                return;
            }
            missions.add(new MissionFact(id, null, companyId, Set.copyOf(participants), agreedOn, introducedOn,
                    startOn, endOn, cancelledOn));
            if (snapshot != null) {
                snapshots.put(id, snapshot);
            }
            id = null;
            participants.clear();
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
