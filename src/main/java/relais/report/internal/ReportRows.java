package relais.report.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.freelancer.FreelancerId;
import relais.report.Channel;
import relais.report.Outcome;
import relais.report.Report;
import relais.report.ReportId;
import relais.report.ReportStatus;

@Repository
public class ReportRows {

    private static final String SELECT = """
            select id, freelancer_id, person_id, email, asked_person_id, received_on, channel, said, verdict, protected_until, open_ended,
                   free_from, status, outcome, due_on, assignee_id, created_at, first_action_at, closed_at
            from go_direct_report
            """;

    private final JdbcClient jdbc;

    ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Report r) {
        jdbc.sql("""
                insert into go_direct_report (id, freelancer_id, person_id, email, asked_person_id, received_on, channel, said, verdict,
                    protected_until, open_ended, free_from, status, outcome, due_on, created_at, closed_at)
                values (:id, :freelancer, :person, :email, :asked, :received, :channel, :said, :verdict, :until, :openEnded,
                    :freeFrom, :status, :outcome, :due, :createdAt, :closedAt)""")
                .param("id", r.id().value()).param("freelancer", r.freelancerId().value()).param("person", r.personId())
                .param("email", r.email()).param("asked", r.askedPersonId()).param("received", r.receivedOn()).param("channel", r.channel().name())
                .param("said", r.said()).param("verdict", r.verdict()).param("until", r.protectedUntil())
                .param("openEnded", r.openEnded()).param("freeFrom", r.freeFrom()).param("status", r.status().name())
                .param("outcome", r.outcome() == null ? null : r.outcome().name()).param("due", r.dueOn())
                .param("createdAt", timestamp(r.createdAt())).param("closedAt", timestamp(r.closedAt()))
                .update();
    }

    public Optional<Report> byId(ReportId id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id.value()).query(ReportRows::report).optional();
    }

    /** Locks the case for one change at a time, so two managers never close it twice. */
    public Optional<Report> lock(ReportId id) {
        return jdbc.sql(SELECT + "where id = :id for update").param("id", id.value()).query(ReportRows::report).optional();
    }

    public List<Report> ofFreelancer(FreelancerId freelancer) {
        return jdbc.sql(SELECT + "where freelancer_id = :id order by created_at desc").param("id", freelancer.value())
                .query(ReportRows::report).list();
    }

    public List<Report> openByDueDate() {
        return jdbc.sql(SELECT + "where status = 'OPEN' order by due_on, created_at").query(ReportRows::report).list();
    }

    public List<Report> latest(int limit) {
        return jdbc.sql(SELECT + "order by created_at desc limit :limit").param("limit", limit)
                .query(ReportRows::report).list();
    }

    public List<Report> all() {
        return jdbc.sql(SELECT + "order by created_at").query(ReportRows::report).list();
    }

    /**
     * Makes the freelancer's other filings wait until this transaction ends, so that counting them and adding one
     * happen as one step on whichever node.
     */
    public void lockFilingsOf(FreelancerId freelancer) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('go_direct_report'), hashtext(cast(:id as text)))) locked")
                .param("id", freelancer.value()).query(Integer.class).single();
    }

    public int countFiledBetween(FreelancerId freelancer, Instant from, Instant until) {
        return jdbc.sql("select count(*) from go_direct_report where freelancer_id = :id and created_at >= :from and created_at < :until")
                .param("id", freelancer.value()).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(Integer.class).single();
    }

    /** Writes what a case's steps may change: its state, outcome, assignee and clock. */
    public void update(Report r) {
        jdbc.sql("""
                update go_direct_report set status = :status, outcome = :outcome, assignee_id = :assignee,
                    first_action_at = :firstAction, closed_at = :closedAt
                where id = :id""")
                .param("status", r.status().name()).param("outcome", r.outcome() == null ? null : r.outcome().name())
                .param("assignee", r.assigneeId()).param("firstAction", timestamp(r.firstActionAt()))
                .param("closedAt", timestamp(r.closedAt())).param("id", r.id().value())
                .update();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Report report(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Report(new ReportId(rs.getObject("id", UUID.class)),
                new FreelancerId(rs.getObject("freelancer_id", UUID.class)), rs.getObject("person_id", UUID.class),
                rs.getString("email"), rs.getString("asked_person_id"), date(rs, "received_on"), Channel.valueOf(rs.getString("channel")),
                rs.getString("said"), rs.getString("verdict"), date(rs, "protected_until"), rs.getBoolean("open_ended"),
                date(rs, "free_from"), ReportStatus.valueOf(rs.getString("status")),
                outcome == null ? null : Outcome.valueOf(outcome), date(rs, "due_on"),
                rs.getObject("assignee_id", UUID.class), instant(rs, "created_at"), instant(rs, "first_action_at"),
                instant(rs, "closed_at"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
