package relais.report.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.freelancer.FreelancerId;
import relais.report.Buyout;
import relais.report.BuyoutStatus;

@Repository
public class BuyoutRows {

    private static final String SELECT = """
            select id, freelancer_id, person_id, company_id, requested_on, requested_by, commission_rate, invoiced_amount,
                   protected_until, open_ended, protection_months, remaining_days, computed_fee, override_fee,
                   override_reason, overridden_by, currency, status, paid_on, release_id, report_id
            from buyout
            """;

    private final JdbcClient jdbc;

    BuyoutRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Buyout b) {
        jdbc.sql("""
                insert into buyout (id, freelancer_id, person_id, company_id, requested_on, requested_by, commission_rate,
                    invoiced_amount, protected_until, open_ended, protection_months, remaining_days, computed_fee,
                    currency, status, report_id)
                values (:id, :freelancer, :person, :company, :requested, :by, :rate, :invoiced, :until, :openEnded,
                    :months, :remaining, :fee, :currency, 'QUOTED', :report)""")
                .param("id", b.id()).param("freelancer", b.freelancerId().value()).param("person", b.personId())
                .param("company", b.companyId()).param("requested", b.requestedOn()).param("by", b.requestedBy())
                .param("rate", b.commissionRate()).param("invoiced", b.invoicedAmount()).param("until", b.protectedUntil())
                .param("openEnded", b.openEnded()).param("months", b.protectionMonths())
                .param("remaining", b.remainingDays()).param("fee", b.computedFee()).param("currency", b.currency())
                .param("report", b.reportId())
                .update();
    }

    public Optional<Buyout> byId(UUID id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(BuyoutRows::buyout).optional();
    }

    public Optional<Buyout> lock(UUID id) {
        return jdbc.sql(SELECT + "where id = :id for update").param("id", id).query(BuyoutRows::buyout).optional();
    }

    public List<Buyout> ofReport(UUID reportId) {
        return jdbc.sql(SELECT + "where report_id = :id order by created_at").param("id", reportId)
                .query(BuyoutRows::buyout).list();
    }

    public List<Buyout> ofFreelancer(FreelancerId freelancer) {
        return jdbc.sql(SELECT + "where freelancer_id = :id order by created_at desc").param("id", freelancer.value())
                .query(BuyoutRows::buyout).list();
    }

    /** Writes what a buy-out's steps may change: its fee set by hand, and its payment. */
    public void update(Buyout b) {
        jdbc.sql("""
                update buyout set override_fee = :fee, override_reason = :reason, overridden_by = :by, status = :status,
                    paid_on = :paidOn, release_id = :release
                where id = :id""")
                .param("fee", b.overrideFee()).param("reason", b.overrideReason()).param("by", b.overriddenBy())
                .param("status", b.status().name()).param("paidOn", b.paidOn()).param("release", b.releaseId())
                .param("id", b.id()).update();
    }

    static Buyout buyout(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("protected_until");
        Date paid = rs.getDate("paid_on");
        return new Buyout(rs.getObject("id", UUID.class), new FreelancerId(rs.getObject("freelancer_id", UUID.class)),
                rs.getObject("person_id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getDate("requested_on").toLocalDate(), rs.getObject("requested_by", UUID.class),
                rs.getBigDecimal("commission_rate"), rs.getBigDecimal("invoiced_amount"),
                until == null ? null : until.toLocalDate(), rs.getBoolean("open_ended"), rs.getInt("protection_months"),
                rs.getLong("remaining_days"), rs.getBigDecimal("computed_fee"), rs.getBigDecimal("override_fee"),
                rs.getString("override_reason"), rs.getObject("overridden_by", UUID.class), rs.getString("currency"), BuyoutStatus.valueOf(rs.getString("status")),
                paid == null ? null : paid.toLocalDate(), rs.getString("release_id"), rs.getObject("report_id", UUID.class));
    }
}
