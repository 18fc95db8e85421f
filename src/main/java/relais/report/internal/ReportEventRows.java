package relais.report.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.report.EventKind;
import relais.report.ReportEvent;
import relais.report.ReportId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Appends to a case's history; the table refuses updates and deletes by itself. */
@Repository
public class ReportEventRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    ReportEventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(ReportId report, UUID actorId, String actorName, EventKind kind, String text, String subject,
            String body, Map<String, Object> data) {
        jdbc.sql("""
                insert into report_event (id, report_id, position, actor_id, actor_name, kind, text, subject, body, data)
                values (:id, :report,
                        (select coalesce(max(position), 0) + 1 from report_event where report_id = :report),
                        :actor, :actorName, :kind, :text, :subject, :body, cast(:data as jsonb))""")
                .param("id", UUID.randomUUID()).param("report", report.value()).param("actor", actorId)
                .param("actorName", actorName).param("kind", kind.name()).param("text", text).param("subject", subject)
                .param("body", body).param("data", JSON.writeValueAsString(data == null ? Map.of() : data))
                .update();
    }

    public List<ReportEvent> of(ReportId report) {
        return jdbc.sql("""
                select id, position, at, actor_id, actor_name, kind, text, subject, body, data::text as data
                from report_event where report_id = :report order by position""")
                .param("report", report.value())
                .query((rs, n) -> new ReportEvent(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                        EventKind.valueOf(rs.getString("kind")), rs.getString("text"), rs.getString("subject"),
                        rs.getString("body"), JSON.readValue(rs.getString("data"), MAP)))
                .list();
    }

    /** Outcomes per month and the time to the first action, for the managers' dashboard. */
    public List<Map<String, Object>> closedPerMonth() {
        return jdbc.sql("""
                select to_char(closed_at at time zone 'Europe/Paris', 'YYYY-MM') as month, outcome, count(*) as count
                from go_direct_report where status = 'CLOSED' group by 1, 2 order by 1, 2""")
                .query().listOfRows();
    }
}
