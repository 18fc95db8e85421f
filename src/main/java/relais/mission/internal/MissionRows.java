package relais.mission.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.mission.Mission;
import relais.mission.MissionId;
import relais.mission.MissionStatus;
import relais.shared.Money;

@Repository
public class MissionRows {

    private static final String SELECT = """
            select m.id, m.freelancer_id, m.company_id, m.title, m.agreed_on, m.introduced_on, m.start_on, m.planned_end_on,
                   m.actual_end_on, m.cancelled_on, m.status, m.day_rate, m.currency, m.days,
                   coalesce((select array_agg(p.person_id) from mission_participant p where p.mission_id = m.id), '{}') as participants,
                   (select coalesce(sum(e.days), 0) from mission_extension e
                    where e.mission_id = m.id and e.status = 'ACCEPTED') as extended_days
            from mission m""";

    private final JdbcClient jdbc;

    MissionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Mission mission) {
        jdbc.sql("""
                insert into mission (id, freelancer_id, company_id, title, agreed_on, introduced_on, start_on, planned_end_on,
                                     actual_end_on, cancelled_on, status, day_rate, currency, days)
                values (:id, :freelancer, :company, :title, :agreed, :introduced, :start, :plannedEnd, :actualEnd, :cancelled,
                        :status, :rate, :currency, :days)""")
                .paramSource(params(mission)).update();
        for (PersonId person : mission.participants()) {
            jdbc.sql("insert into mission_participant (mission_id, person_id) values (:mission, :person)")
                    .param("mission", mission.id().value()).param("person", person.value()).update();
        }
    }

    public void update(Mission mission) {
        jdbc.sql("""
                update mission set title = :title, introduced_on = :introduced, start_on = :start, planned_end_on = :plannedEnd,
                       day_rate = :rate, currency = :currency, days = :days
                where id = :id""")
                .param("title", mission.title()).param("introduced", mission.introducedOn()).param("start", mission.startOn())
                .param("plannedEnd", mission.plannedEndOn()).param("rate", mission.dayRate() == null ? null : mission.dayRate().amount())
                .param("currency", mission.dayRate() == null ? Money.EUR : mission.dayRate().currency())
                .param("days", mission.days()).param("id", mission.id().value()).update();
        jdbc.sql("delete from mission_participant where mission_id = :id").param("id", mission.id().value()).update();
        for (PersonId person : mission.participants()) {
            jdbc.sql("insert into mission_participant (mission_id, person_id) values (:mission, :person)")
                    .param("mission", mission.id().value()).param("person", person.value()).update();
        }
    }

    /** What billing needs from a mission beyond its record: the client's day rate and the selection's PO. */
    public void updateBillingTerms(MissionId id, Money clientDayRate, String purchaseOrder) {
        jdbc.sql("update mission set client_day_rate = :rate, purchase_order = :po where id = :id")
                .param("rate", clientDayRate == null ? null : clientDayRate.amount()).param("po", purchaseOrder)
                .param("id", id.value()).update();
    }

    public Optional<Money> clientDayRate(MissionId id) {
        return jdbc.sql("select client_day_rate, currency from mission where id = :id and client_day_rate is not null")
                .param("id", id.value())
                .query((rs, row) -> new Money(rs.getBigDecimal("client_day_rate"), rs.getString("currency"))).optional();
    }

    public String purchaseOrder(MissionId id) {
        return jdbc.sql("""
                select coalesce((select e.purchase_order from mission_extension e
                                 where e.mission_id = m.id and e.status = 'ACCEPTED' and e.purchase_order is not null
                                 order by e.decided_at desc limit 1), m.purchase_order)
                from mission m where m.id = :id""")
                .param("id", id.value()).query(String.class).optional().orElse(null);
    }

    /** The lifecycle moves on its own; the optimistic status check refuses a concurrent change. */
    public boolean updateLifecycle(Mission mission, MissionStatus expectedStatus) {
        return jdbc.sql("""
                update mission set status = :status, start_on = :start, actual_end_on = :actualEnd, cancelled_on = :cancelled
                where id = :id and status = :expected""")
                .param("status", mission.status().name()).param("start", mission.startOn())
                .param("actualEnd", mission.actualEndOn()).param("cancelled", mission.cancelledOn())
                .param("id", mission.id().value()).param("expected", expectedStatus.name()).update() == 1;
    }

    /** An accepted extension may move the planned end; the guard's triggers see the change in this transaction. */
    public void updatePlannedEnd(MissionId id, LocalDate plannedEndOn) {
        jdbc.sql("update mission set planned_end_on = :plannedEnd where id = :id")
                .param("plannedEnd", plannedEndOn).param("id", id.value()).update();
    }

    /** The mission, locked until the end of the transaction, so that two decisions about it take turns. */
    public Optional<Mission> lock(MissionId id) {
        jdbc.sql("select id from mission where id = :id for update").param("id", id.value()).query(UUID.class).optional();
        return byId(id);
    }

    private static Map<String, Object> params(Mission m) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", m.id().value());
        params.put("freelancer", m.freelancerId().value());
        params.put("company", m.companyId().value());
        params.put("title", m.title());
        params.put("agreed", m.agreedOn());
        params.put("introduced", m.introducedOn());
        params.put("start", m.startOn());
        params.put("plannedEnd", m.plannedEndOn());
        params.put("actualEnd", m.actualEndOn());
        params.put("cancelled", m.cancelledOn());
        params.put("status", m.status().name());
        params.put("rate", m.dayRate() == null ? null : m.dayRate().amount());
        params.put("currency", m.dayRate() == null ? Money.EUR : m.dayRate().currency());
        params.put("days", m.days());
        return params;
    }

    public Optional<Mission> byId(MissionId id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id.value()).query(MissionRows::mission).optional();
    }

    public List<Mission> ofFreelancer(FreelancerId id) {
        return jdbc.sql(SELECT + " where m.freelancer_id = :id order by m.start_on desc").param("id", id.value())
                .query(MissionRows::mission).list();
    }

    public List<Mission> ofCompany(CompanyId id) {
        return jdbc.sql(SELECT + " where m.company_id = :id order by m.start_on desc").param("id", id.value())
                .query(MissionRows::mission).list();
    }

    public List<Mission> search(String query, int limit) {
        String like = "%" + (query == null ? "" : query.trim().toLowerCase()) + "%";
        return jdbc.sql(SELECT + " where lower(m.title) like :like order by m.start_on desc limit :limit")
                .param("like", like).param("limit", limit).query(MissionRows::mission).list();
    }

    static Mission mission(ResultSet rs, int row) throws SQLException {
        var participants = new HashSet<PersonId>();
        for (Object id : (Object[]) rs.getArray("participants").getArray()) {
            participants.add(new PersonId((UUID) id));
        }
        var rate = rs.getBigDecimal("day_rate");
        return new Mission(new MissionId(rs.getObject("id", UUID.class)),
                new FreelancerId(rs.getObject("freelancer_id", UUID.class)),
                new CompanyId(rs.getObject("company_id", UUID.class)), participants, rs.getString("title"),
                date(rs, "agreed_on"), date(rs, "introduced_on"), date(rs, "start_on"), date(rs, "planned_end_on"),
                date(rs, "actual_end_on"), date(rs, "cancelled_on"), MissionStatus.valueOf(rs.getString("status")),
                rate == null ? null : new Money(rate, rs.getString("currency")), rs.getBigDecimal("days"),
                rs.getBigDecimal("extended_days"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
