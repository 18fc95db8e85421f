package relais.mission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.mission.Incident;
import relais.mission.IncidentCategory;
import relais.mission.IncidentId;
import relais.mission.IncidentNote;
import relais.mission.IncidentStatus;
import relais.mission.MissionActor;
import relais.mission.MissionId;
import relais.mission.MissionSide;

@Repository
public class IncidentRows {

    private static final String SELECT = """
            select id, mission_id, category, description, status, declared_by, declared_by_name, declared_side,
                   declared_at, assignee_id, assignee_name, resolution, closed_by_name, closed_at
            from mission_incident""";

    private final JdbcClient jdbc;

    IncidentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Incident i) {
        jdbc.sql("""
                insert into mission_incident (id, mission_id, category, description, status, declared_by, declared_by_name,
                                              declared_side, declared_at)
                values (:id, :mission, :category, :description, :status, :by, :byName, :side, :at)""")
                .param("id", i.id().value()).param("mission", i.missionId().value()).param("category", i.category().name())
                .param("description", i.description()).param("status", i.status().name())
                .param("by", i.declaredBy().accountId()).param("byName", i.declaredBy().name())
                .param("side", i.declaredSide().name()).param("at", Timestamp.from(i.declaredAt())).update();
    }

    /** Saves a step, only over an incident still open (a concurrent closing leaves it unchanged). */
    public boolean update(Incident i) {
        return jdbc.sql("""
                update mission_incident set status = :status, assignee_id = :assignee, assignee_name = :assigneeName,
                       resolution = :resolution, closed_by_name = :closedBy, closed_at = :closedAt
                where id = :id and status = 'OPEN'""")
                .param("status", i.status().name())
                .param("assignee", i.assignee() == null ? null : i.assignee().accountId())
                .param("assigneeName", i.assignee() == null ? null : i.assignee().name())
                .param("resolution", i.resolution()).param("closedBy", i.closedByName())
                .param("closedAt", i.closedAt() == null ? null : Timestamp.from(i.closedAt()))
                .param("id", i.id().value()).update() == 1;
    }

    public void insertNote(IncidentNote note) {
        jdbc.sql("""
                insert into mission_incident_note (id, incident_id, author_id, author_name, text, written_at)
                values (:id, :incident, :author, :authorName, :text, :at)""")
                .param("id", note.id()).param("incident", note.incidentId().value())
                .param("author", note.author().accountId()).param("authorName", note.author().name())
                .param("text", note.text()).param("at", Timestamp.from(note.writtenAt())).update();
    }

    public Optional<Incident> byId(IncidentId id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(IncidentRows::incident).optional();
    }

    public List<Incident> ofMission(MissionId id) {
        return jdbc.sql(SELECT + " where mission_id = :id order by declared_at desc").param("id", id.value())
                .query(IncidentRows::incident).list();
    }

    /** The account managers' queue: open incidents oldest first, then the latest closed ones. */
    public List<Incident> queue(IncidentStatus status, int limit) {
        String order = status == IncidentStatus.OPEN ? "declared_at" : "closed_at desc";
        return jdbc.sql(SELECT + " where status = :status order by " + order + " limit :limit")
                .param("status", status.name()).param("limit", limit).query(IncidentRows::incident).list();
    }

    public List<IncidentNote> notes(IncidentId id) {
        return jdbc.sql("""
                select id, incident_id, author_id, author_name, text, written_at from mission_incident_note
                where incident_id = :id order by written_at, id""").param("id", id.value())
                .query((rs, row) -> new IncidentNote(rs.getObject("id", UUID.class),
                        new IncidentId(rs.getObject("incident_id", UUID.class)),
                        new MissionActor(rs.getObject("author_id", UUID.class), rs.getString("author_name")),
                        rs.getString("text"), rs.getTimestamp("written_at").toInstant())).list();
    }

    static Incident incident(ResultSet rs, int row) throws SQLException {
        UUID assignee = rs.getObject("assignee_id", UUID.class);
        var closedAt = rs.getTimestamp("closed_at");
        return new Incident(new IncidentId(rs.getObject("id", UUID.class)),
                new MissionId(rs.getObject("mission_id", UUID.class)), IncidentCategory.valueOf(rs.getString("category")),
                rs.getString("description"), IncidentStatus.valueOf(rs.getString("status")),
                new MissionActor(rs.getObject("declared_by", UUID.class), rs.getString("declared_by_name")),
                MissionSide.valueOf(rs.getString("declared_side")), rs.getTimestamp("declared_at").toInstant(),
                assignee == null ? null : new MissionActor(assignee, rs.getString("assignee_name")),
                rs.getString("resolution"), rs.getString("closed_by_name"), closedAt == null ? null : closedAt.toInstant());
    }
}
