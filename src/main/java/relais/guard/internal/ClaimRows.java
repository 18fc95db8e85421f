package relais.guard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import relais.guard.engine.ClaimStatus;
import relais.guard.engine.PriorRelationshipClaim;

@Repository
public class ClaimRows {

    private static final String SELECT = """
            select c.id, c.freelancer_id, c.person_id, p.full_name, c.since, c.description, c.status, c.declared_at,
                   c.decided_by_name, c.decided_at, c.decision_reason, c.release_id
            from prior_relationship_claim c join person p on p.id = c.person_id""";

    private final JdbcClient jdbc;

    ClaimRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID freelancerId, UUID personId, LocalDate since, String description) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into prior_relationship_claim (id, freelancer_id, person_id, since, description, status)
                values (:id, :freelancer, :person, :since, :description, 'PENDING')""")
                .param("id", id).param("freelancer", freelancerId).param("person", personId).param("since", since)
                .param("description", description).update();
        return id;
    }

    /**
     * Stores the claim's decision, made by the account {@code decidedBy}. Only a pending row takes it: false when
     * someone else decided it first.
     */
    public boolean decide(PriorRelationshipClaim decided, UUID decidedBy) {
        return jdbc.sql("""
                update prior_relationship_claim
                set status = :status, decided_by = :by, decided_by_name = :name, decided_at = :at,
                    decision_reason = :reason, release_id = :release
                where id = :id and status = 'PENDING'""")
                .param("status", decided.status().name()).param("by", decidedBy).param("name", decided.decidedByName())
                .param("at", java.sql.Timestamp.from(decided.decidedAt())).param("reason", decided.decisionReason())
                .param("release", decided.releaseId() == null ? null : UUID.fromString(decided.releaseId()))
                .param("id", UUID.fromString(decided.id())).update() == 1;
    }

    public Optional<PriorRelationshipClaim> byId(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ClaimRows::claim).optional();
    }

    public List<PriorRelationshipClaim> ofFreelancer(UUID freelancerId) {
        return jdbc.sql(SELECT + " where c.freelancer_id = :id order by c.declared_at desc").param("id", freelancerId)
                .query(ClaimRows::claim).list();
    }

    public List<PriorRelationshipClaim> pending() {
        return jdbc.sql(SELECT + " where c.status = 'PENDING' order by c.declared_at").query(ClaimRows::claim).list();
    }

    static PriorRelationshipClaim claim(ResultSet rs, int row) throws SQLException {
        return new PriorRelationshipClaim(rs.getObject("id", UUID.class).toString(),
                rs.getObject("freelancer_id", UUID.class).toString(), rs.getObject("person_id", UUID.class).toString(),
                rs.getString("full_name"), rs.getObject("since", LocalDate.class), rs.getString("description"),
                ClaimStatus.valueOf(rs.getString("status")), ReleaseRows.instant(rs, "declared_at"),
                rs.getString("decided_by_name"), ReleaseRows.instant(rs, "decided_at"), rs.getString("decision_reason"),
                ReleaseRows.string(rs.getObject("release_id", UUID.class)));
    }
}
