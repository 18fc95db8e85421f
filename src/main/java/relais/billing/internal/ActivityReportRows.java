package relais.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.billing.ActivityReport;
import relais.billing.ActivityReportId;
import relais.billing.ActivityReportStatus;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.MissionActor;
import relais.mission.MissionId;

@Repository
public class ActivityReportRows {

    private static final String SELECT = "select * from activity_report r";

    private final JdbcClient jdbc;

    ActivityReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ActivityReport r) {
        jdbc.sql("""
                insert into activity_report (id, mission_id, freelancer_id, company_id, month, days, note, last, status,
                                             submitted_at)
                values (:id, :mission, :freelancer, :company, :month, :days, :note, :last, :status, :submittedAt)""")
                .param("id", r.id().value()).param("mission", r.missionId().value())
                .param("freelancer", r.freelancerId().value()).param("company", r.companyId().value())
                .param("month", r.month().atDay(1)).param("days", r.days()).param("note", r.note())
                .param("last", r.last()).param("status", r.status().name())
                .param("submittedAt", Timestamp.from(r.submittedAt())).update();
    }

    /** Saves a decision; false when the report left {@code expected} meanwhile. */
    public boolean update(ActivityReport r, ActivityReportStatus expected) {
        return jdbc.sql("""
                update activity_report set status = :status, decided_by = :decidedBy, decided_by_name = :decidedByName,
                       decided_at = :decidedAt, purchase_order = :po, rejection_reason = :rejection,
                       validation_note = :validationNote, validated_on = :validatedOn, cancel_reason = :cancelReason,
                       cancelled_by = :cancelledBy, cancelled_by_name = :cancelledByName, cancelled_at = :cancelledAt
                where id = :id and status = :expected""")
                .param("status", r.status().name())
                .param("decidedBy", r.decidedBy() == null ? null : r.decidedBy().accountId())
                .param("decidedByName", r.decidedBy() == null ? null : r.decidedBy().name())
                .param("decidedAt", r.decidedAt() == null ? null : Timestamp.from(r.decidedAt()))
                .param("po", r.purchaseOrder()).param("rejection", r.rejectionReason())
                .param("validationNote", r.validationNote()).param("validatedOn", r.validatedOn())
                .param("cancelReason", r.cancelReason())
                .param("cancelledBy", r.cancelledBy() == null ? null : r.cancelledBy().accountId())
                .param("cancelledByName", r.cancelledBy() == null ? null : r.cancelledBy().name())
                .param("cancelledAt", r.cancelledAt() == null ? null : Timestamp.from(r.cancelledAt()))
                .param("id", r.id().value()).param("expected", expected.name()).update() == 1;
    }

    public Optional<ActivityReport> byId(ActivityReportId id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id.value()).query(ActivityReportRows::report).optional();
    }

    public List<ActivityReport> ofMission(MissionId mission) {
        return jdbc.sql(SELECT + " where r.mission_id = :mission order by r.month desc, r.submitted_at desc")
                .param("mission", mission.value()).query(ActivityReportRows::report).list();
    }

    public List<ActivityReport> ofFreelancer(FreelancerId freelancer) {
        return jdbc.sql(SELECT + " where r.freelancer_id = :freelancer order by r.month desc, r.submitted_at desc")
                .param("freelancer", freelancer.value()).query(ActivityReportRows::report).list();
    }

    /** Reports waiting for a decision on the missions where this person took part, oldest first. */
    public List<ActivityReport> waitingFor(UUID personId) {
        return jdbc.sql(SELECT + """
                 where r.status = 'SUBMITTED' and exists (select 1 from mission_participant p
                                                          where p.mission_id = r.mission_id and p.person_id = :person)
                order by r.submitted_at""")
                .param("person", personId).query(ActivityReportRows::report).list();
    }

    /** Whether a live (submitted or validated) report already holds this mission's month. */
    public boolean monthTaken(MissionId mission, YearMonth month) {
        return jdbc.sql("""
                select exists (select 1 from activity_report where mission_id = :mission and month = :month
                               and status in ('SUBMITTED', 'VALIDATED'))""")
                .param("mission", mission.value()).param("month", month.atDay(1)).query(Boolean.class).single();
    }

    /** The days already validated on a mission (cancelled reports no longer count). */
    public BigDecimal validatedDays(MissionId mission) {
        return jdbc.sql("select coalesce(sum(days), 0) from activity_report where mission_id = :mission and status = 'VALIDATED'")
                .param("mission", mission.value()).query(BigDecimal.class).single();
    }

    static ActivityReport report(ResultSet rs, int row) throws SQLException {
        return new ActivityReport(new ActivityReportId(rs.getObject("id", UUID.class)),
                new MissionId(rs.getObject("mission_id", UUID.class)),
                new FreelancerId(rs.getObject("freelancer_id", UUID.class)),
                new CompanyId(rs.getObject("company_id", UUID.class)),
                YearMonth.from(rs.getObject("month", LocalDate.class)), days(rs.getBigDecimal("days")),
                rs.getString("note"), rs.getBoolean("last"), ActivityReportStatus.valueOf(rs.getString("status")),
                instant(rs, "submitted_at"), actor(rs, "decided_by"), instant(rs, "decided_at"),
                rs.getString("purchase_order"), rs.getString("rejection_reason"), rs.getString("validation_note"),
                rs.getObject("validated_on", LocalDate.class), rs.getString("cancel_reason"), actor(rs, "cancelled_by"),
                instant(rs, "cancelled_at"));
    }

    private static BigDecimal days(BigDecimal days) {
        BigDecimal stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static MissionActor actor(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new MissionActor(id, rs.getString(column + "_name"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
