package relais.marketplace.internal;

import java.sql.Date;
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
import relais.freelancer.FreelancerId;
import relais.marketplace.BriefId;
import relais.marketplace.Proposal;
import relais.marketplace.ProposalId;
import relais.marketplace.ProposalStatus;
import relais.mission.MissionId;
import relais.shared.Money;

@Repository
public class ProposalRows {

    private static final String SELECT = """
            select id, brief_id, freelancer_id, status, invited_at, days, day_rate, client_day_rate, currency, message,
                   reason, answered_at, quote_number, quote_issued_on, purchase_order, mission_id, selected_on
            from proposal""";

    private final JdbcClient jdbc;

    ProposalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Proposal p) {
        jdbc.sql("""
                insert into proposal (id, brief_id, freelancer_id, status, invited_at, days, day_rate, client_day_rate,
                                      currency, message, reason, answered_at, quote_number, quote_issued_on,
                                      purchase_order, mission_id, selected_on)
                values (:id, :brief, :freelancer, :status, :invitedAt, :days, :rate, :clientRate, :currency, :message,
                        :reason, :answeredAt, :quote, :quoteOn, :po, :mission, :selectedOn)""")
                .params(params(p)).update();
    }

    public void update(Proposal p) {
        jdbc.sql("""
                update proposal set status = :status, days = :days, day_rate = :rate, client_day_rate = :clientRate,
                       currency = :currency, message = :message, reason = :reason, answered_at = :answeredAt,
                       quote_number = :quote, quote_issued_on = :quoteOn, purchase_order = :po, mission_id = :mission,
                       selected_on = :selectedOn
                where id = :id""")
                .params(params(p)).update();
    }

    private static Map<String, Object> params(Proposal p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", p.id().value());
        m.put("brief", p.briefId().value());
        m.put("freelancer", p.freelancerId().value());
        m.put("status", p.status().name());
        m.put("invitedAt", Timestamp.from(p.invitedAt()));
        m.put("days", p.days());
        m.put("rate", p.dayRate() == null ? null : p.dayRate().amount());
        m.put("clientRate", p.clientDayRate() == null ? null : p.clientDayRate().amount());
        m.put("currency", p.dayRate() == null ? Money.EUR : p.dayRate().currency());
        m.put("message", p.message());
        m.put("reason", p.reason());
        m.put("answeredAt", p.answeredAt() == null ? null : Timestamp.from(p.answeredAt()));
        m.put("quote", p.quoteNumber());
        m.put("quoteOn", p.quoteIssuedOn());
        m.put("po", p.purchaseOrder());
        m.put("mission", p.missionId() == null ? null : p.missionId().value());
        m.put("selectedOn", p.selectedOn());
        return m;
    }

    public Optional<Proposal> byId(ProposalId id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(ProposalRows::proposal).optional();
    }

    public List<Proposal> ofBrief(BriefId brief) {
        return jdbc.sql(SELECT + " where brief_id = :brief order by invited_at, id").param("brief", brief.value())
                .query(ProposalRows::proposal).list();
    }

    public List<Proposal> ofFreelancer(FreelancerId freelancer, int limit) {
        return jdbc.sql(SELECT + " where freelancer_id = :freelancer order by invited_at desc limit :limit")
                .param("freelancer", freelancer.value()).param("limit", limit).query(ProposalRows::proposal).list();
    }

    static Proposal proposal(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        var rate = rs.getBigDecimal("day_rate");
        var clientRate = rs.getBigDecimal("client_day_rate");
        Timestamp answered = rs.getTimestamp("answered_at");
        Date quoteOn = rs.getDate("quote_issued_on");
        Date selectedOn = rs.getDate("selected_on");
        UUID mission = rs.getObject("mission_id", UUID.class);
        return new Proposal(new ProposalId(rs.getObject("id", UUID.class)), new BriefId(rs.getObject("brief_id", UUID.class)),
                new FreelancerId(rs.getObject("freelancer_id", UUID.class)), ProposalStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("invited_at").toInstant(), rs.getBigDecimal("days"),
                rate == null ? null : new Money(rate, currency), rs.getString("message"), rs.getString("reason"),
                answered == null ? null : answered.toInstant(), clientRate == null ? null : new Money(clientRate, currency),
                rs.getString("quote_number"), quoteOn == null ? null : quoteOn.toLocalDate(), rs.getString("purchase_order"),
                mission == null ? null : new MissionId(mission), selectedOn == null ? null : selectedOn.toLocalDate());
    }
}
