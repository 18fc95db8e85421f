package relais.guard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.guard.PolicyHistory;
import relais.guard.PolicyVersion;

@Repository
public class PolicyRows {

    private final JdbcClient jdbc;

    PolicyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PolicyHistory history() {
        return new PolicyHistory(jdbc.sql("""
                select id, number, effective_from, protection_months, referrals_count, max_referral_depth
                from policy_version order by effective_from""").query(PolicyRows::version).list());
    }

    public boolean effectiveDateTaken(LocalDate effectiveFrom) {
        return jdbc.sql("select exists (select 1 from policy_version where effective_from = :day)")
                .param("day", effectiveFrom).query(Boolean.class).single();
    }

    /** Numbers follow the order of recording; the unique constraint refuses a concurrent duplicate. */
    public PolicyVersion insert(LocalDate effectiveFrom, int protectionMonths, UUID recordedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into policy_version (id, number, effective_from, protection_months, recorded_by)
                select :id, coalesce(max(number), 0) + 1, :from, :months, :by from policy_version""")
                .param("id", id).param("from", effectiveFrom).param("months", protectionMonths)
                .param("by", recordedBy).update();
        return jdbc.sql("""
                select id, number, effective_from, protection_months, referrals_count, max_referral_depth
                from policy_version where id = :id""").param("id", id).query(PolicyRows::version).single();
    }

    /** Keeps the version in force on the mission's agreed date, so later versions never change it. */
    public void snapshot(UUID missionId, LocalDate agreedOn) {
        jdbc.sql("""
                insert into mission_policy (mission_id, policy_version_id)
                select :mission, coalesce(
                    (select id from policy_version where effective_from <= :agreed order by effective_from desc limit 1),
                    (select id from policy_version order by effective_from limit 1))
                on conflict (mission_id) do nothing""")
                .param("mission", missionId).param("agreed", agreedOn).update();
    }


    private static PolicyVersion version(ResultSet rs, int row) throws SQLException {
        int depth = rs.getInt("max_referral_depth");
        return new PolicyVersion(rs.getObject("id", UUID.class).toString(), rs.getInt("number"),
                rs.getObject("effective_from", LocalDate.class), rs.getInt("protection_months"),
                rs.getBoolean("referrals_count"), rs.wasNull() ? null : depth);
    }
}
