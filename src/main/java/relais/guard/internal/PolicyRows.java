package relais.guard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import relais.guard.engine.PolicyHistory;
import relais.guard.engine.PolicyVersion;

@Repository
public class PolicyRows {

    private final JdbcClient jdbc;

    PolicyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = """
            id, number, effective_from, protection_months, referrals_count, max_referral_depth,
            retired_at, retired_by_name, retired_reason""";

    public PolicyHistory history() {
        return new PolicyHistory(jdbc.sql("select " + COLUMNS + " from policy_version order by effective_from, number")
                .query(PolicyRows::version).list());
    }

    public Optional<PolicyVersion> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from policy_version where id = :id").param("id", id)
                .query(PolicyRows::version).optional();
    }

    /** Only versions in force: a retired mistake does not block its correction on the same date. */
    public boolean effectiveDateTaken(LocalDate effectiveFrom) {
        return jdbc.sql("select exists (select 1 from policy_version where effective_from = :day and retired_at is null)")
                .param("day", effectiveFrom).query(Boolean.class).single();
    }

    /**
     * Retires the version unless another version already in force on {@code today} stays; false when it was already
     * retired or no other version would be in force today (checked in the same statement, under a lock on the
     * versions in force). Versions that start later do not count: between today and their start, missions recorded
     * would have no terms.
     */
    public boolean retire(UUID id, UUID by, String byName, String reason, LocalDate today) {
        jdbc.sql("select id from policy_version where retired_at is null order by id for update").query(UUID.class).list();
        return jdbc.sql("""
                update policy_version set retired_at = now(), retired_by = :by, retired_by_name = :name, retired_reason = :reason
                where id = :id and retired_at is null
                  and exists (select 1 from policy_version o where o.id <> :id and o.retired_at is null
                              and o.effective_from <= :today)""")
                .param("id", id).param("today", today).param("by", by).param("name", byName).param("reason", reason).update() == 1;
    }

    /** Numbers follow the order of recording; the unique constraint refuses a concurrent duplicate. */
    public PolicyVersion insert(LocalDate effectiveFrom, int protectionMonths, UUID recordedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_version (id, number, effective_from, protection_months, recorded_by)
                select :id, coalesce(max(number), 0) + 1, :from, :months, :by from policy_version""")
                .param("id", id).param("from", effectiveFrom).param("months", protectionMonths)
                .param("by", recordedBy).update();
        return byId(id).orElseThrow();
    }

    /**
     * Keeps the version in force on the mission's agreed date, so later versions never change it. Retired versions
     * are never chosen.
     */
    public void snapshot(UUID missionId, LocalDate agreedOn) {
        jdbc.sql("""
                insert into mission_policy (mission_id, policy_version_id)
                select :mission, coalesce(
                    (select id from policy_version where effective_from <= :agreed and retired_at is null
                     order by effective_from desc limit 1),
                    (select id from policy_version where retired_at is null order by effective_from limit 1),
                    (select id from policy_version order by effective_from limit 1))
                on conflict (mission_id) do nothing""")
                .param("mission", missionId).param("agreed", agreedOn).update();
    }


    private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
        int depth = rs.getInt("max_referral_depth");
        Integer maxDepth = rs.wasNull() ? null : depth;
        var retiredAt = rs.getObject("retired_at", OffsetDateTime.class);
        var retirement = retiredAt == null ? null : new PolicyVersion.Retirement(retiredAt.toInstant(),
                rs.getString("retired_by_name"), rs.getString("retired_reason"));
        return new PolicyVersion(rs.getObject("id", UUID.class).toString(), rs.getInt("number"),
                rs.getObject("effective_from", LocalDate.class), rs.getInt("protection_months"),
                rs.getBoolean("referrals_count"), maxDepth, retirement);
    }
}
