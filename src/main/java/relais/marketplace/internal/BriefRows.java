package relais.marketplace.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.marketplace.Brief;
import relais.marketplace.BriefId;
import relais.marketplace.BriefStatus;
import relais.marketplace.WorkMode;
import relais.shared.Money;

@Repository
public class BriefRows {

    private static final String SELECT = """
            select id, company_id, contact_id, title, description, skills, priority_skills, languages, start_on,
                   duration_days, days_per_week, work_mode, location, budget_day_rate, currency, profiles_wanted, nda,
                   status, submitted_at, shortlist_due_at, shortlisted_at, closed_reason, submitted_by
            from brief""";

    private final JdbcClient jdbc;

    BriefRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Brief b) {
        jdbc.sql("""
                insert into brief (id, company_id, contact_id, title, description, skills, priority_skills, languages,
                                   start_on, duration_days, days_per_week, work_mode, location, budget_day_rate, currency,
                                   profiles_wanted, nda, status, submitted_at, shortlist_due_at, shortlisted_at,
                                   closed_reason, submitted_by)
                values (:id, :company, :contact, :title, :description, :skills, :priority, :languages, :startOn, :duration,
                        :perWeek, :workMode, :location, :budget, :currency, :profiles, :nda, :status, :submittedAt, :dueAt,
                        :shortlistedAt, :closedReason, :submittedBy)""")
                .params(params(b)).update();
    }

    /** Only the moving parts of a brief change after it is posted. */
    public void updateState(Brief b) {
        jdbc.sql("""
                update brief set status = :status, shortlisted_at = :shortlistedAt, closed_reason = :closedReason
                where id = :id""")
                .params(params(b)).update();
    }

    private static Map<String, Object> params(Brief b) {
        var p = new LinkedHashMap<String, Object>();
        p.put("id", b.id().value());
        p.put("company", b.companyId().value());
        p.put("contact", b.contactId().value());
        p.put("title", b.title());
        p.put("description", b.description());
        p.put("skills", b.skills().toArray(String[]::new));
        p.put("priority", b.prioritySkills().toArray(String[]::new));
        p.put("languages", b.languages().toArray(String[]::new));
        p.put("startOn", b.startOn());
        p.put("duration", b.durationDays());
        p.put("perWeek", b.daysPerWeek());
        p.put("workMode", b.workMode().name());
        p.put("location", b.location());
        p.put("budget", b.budgetDayRate() == null ? null : b.budgetDayRate().amount());
        p.put("currency", b.budgetDayRate() == null ? Money.EUR : b.budgetDayRate().currency());
        p.put("profiles", b.profilesWanted());
        p.put("nda", b.nda());
        p.put("status", b.status().name());
        p.put("submittedAt", Timestamp.from(b.submittedAt()));
        p.put("dueAt", Timestamp.from(b.shortlistDueAt()));
        p.put("shortlistedAt", b.shortlistedAt() == null ? null : Timestamp.from(b.shortlistedAt()));
        p.put("closedReason", b.closedReason());
        p.put("submittedBy", b.submittedBy());
        return p;
    }

    public Optional<Brief> byId(BriefId id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(BriefRows::brief).optional();
    }

    /** The brief, locked until the transaction ends, so that two selections cannot both fill it. */
    public Optional<Brief> lockedById(BriefId id) {
        return jdbc.sql(SELECT + " where id = :id for update").param("id", id.value()).query(BriefRows::brief).optional();
    }

    /** Briefs still waiting for a shortlist or a choice, the most urgent first. */
    public List<Brief> queue(int limit) {
        return jdbc.sql(SELECT + " where status in ('SUBMITTED', 'SHORTLISTED') order by status desc, shortlist_due_at limit :limit")
                .param("limit", limit).query(BriefRows::brief).list();
    }

    public List<Brief> ofCompany(CompanyId company, int limit) {
        return jdbc.sql(SELECT + " where company_id = :company order by submitted_at desc limit :limit")
                .param("company", company.value()).param("limit", limit).query(BriefRows::brief).list();
    }

    static Brief brief(ResultSet rs, int row) throws SQLException {
        var budget = rs.getBigDecimal("budget_day_rate");
        Timestamp shortlisted = rs.getTimestamp("shortlisted_at");
        return new Brief(new BriefId(rs.getObject("id", UUID.class)), new CompanyId(rs.getObject("company_id", UUID.class)),
                new PersonId(rs.getObject("contact_id", UUID.class)), rs.getString("title"), rs.getString("description"),
                strings(rs, "skills"), strings(rs, "priority_skills"), strings(rs, "languages"),
                rs.getDate("start_on").toLocalDate(), rs.getBigDecimal("duration_days"), rs.getInt("days_per_week"),
                WorkMode.valueOf(rs.getString("work_mode")), rs.getString("location"),
                budget == null ? null : new Money(budget, rs.getString("currency")), rs.getInt("profiles_wanted"),
                rs.getBoolean("nda"), BriefStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("shortlist_due_at").toInstant(), shortlisted == null ? null : shortlisted.toInstant(),
                rs.getString("closed_reason"), rs.getObject("submitted_by", UUID.class));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }
}
