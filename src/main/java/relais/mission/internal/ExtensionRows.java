package relais.mission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.mission.Extension;
import relais.mission.ExtensionId;
import relais.mission.ExtensionStatus;
import relais.mission.MissionActor;
import relais.mission.MissionId;

@Repository
public class ExtensionRows {

    private static final String SELECT = """
            select id, mission_id, days, end_on, status, proposed_by, proposed_by_name, proposed_at, decided_by,
                   decided_by_name, decided_at, purchase_order, decline_reason
            from mission_extension""";

    private final JdbcClient jdbc;

    ExtensionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Extension e) {
        jdbc.sql("""
                insert into mission_extension (id, mission_id, days, end_on, status, proposed_by, proposed_by_name, proposed_at)
                values (:id, :mission, :days, :endOn, :status, :by, :byName, :at)""")
                .param("id", e.id().value()).param("mission", e.missionId().value()).param("days", e.days())
                .param("endOn", e.endOn()).param("status", e.status().name())
                .param("by", e.proposedBy().accountId()).param("byName", e.proposedBy().name())
                .param("at", Timestamp.from(e.proposedAt())).update();
    }

    /** Records the answer, only over a proposal still waiting (a concurrent answer leaves it unchanged). */
    public boolean answer(Extension e) {
        return jdbc.sql("""
                update mission_extension set status = :status, decided_by = :by, decided_by_name = :byName,
                       decided_at = :at, purchase_order = :po, decline_reason = :reason
                where id = :id and status = 'PROPOSED'""")
                .param("status", e.status().name()).param("by", e.decidedBy().accountId())
                .param("byName", e.decidedBy().name()).param("at", Timestamp.from(e.decidedAt()))
                .param("po", e.purchaseOrder()).param("reason", e.declineReason()).param("id", e.id().value())
                .update() == 1;
    }

    public Optional<Extension> byId(ExtensionId id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(ExtensionRows::extension).optional();
    }

    public List<Extension> ofMission(MissionId id) {
        return jdbc.sql(SELECT + " where mission_id = :id order by proposed_at desc").param("id", id.value())
                .query(ExtensionRows::extension).list();
    }

    static Extension extension(ResultSet rs, int row) throws SQLException {
        var decidedAt = rs.getTimestamp("decided_at");
        var endOn = rs.getDate("end_on");
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        return new Extension(new ExtensionId(rs.getObject("id", UUID.class)),
                new MissionId(rs.getObject("mission_id", UUID.class)), rs.getBigDecimal("days"),
                endOn == null ? null : endOn.toLocalDate(), ExtensionStatus.valueOf(rs.getString("status")),
                new MissionActor(rs.getObject("proposed_by", UUID.class), rs.getString("proposed_by_name")),
                rs.getTimestamp("proposed_at").toInstant(),
                decidedBy == null ? null : new MissionActor(decidedBy, rs.getString("decided_by_name")),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("purchase_order"),
                rs.getString("decline_reason"));
    }
}
