package relais.guard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import relais.guard.DeclarerRole;
import relais.guard.engine.DeclarationStatus;
import relais.guard.engine.ReferralDeclaration;

/** Freelancers' referral declarations waiting for, or having had, the referrer's or a manager's answer. */
@Repository
public class DeclarationRows {

    private static final String SELECT = """
            select d.id, d.freelancer_id, f.full_name as freelancer_name, d.referrer_id, p.full_name as referrer_name,
                   d.referred_email::text as referred_email, d.referred_id, d.referred_on, d.note, d.status,
                   d.declared_at, d.referrer_confirmed_at, d.decided_by_role, d.decided_by_name, d.decided_at,
                   d.decision_reason, d.referral_id
            from referral_declaration d
            join freelancer f on f.id = d.freelancer_id
            join person p on p.id = d.referrer_id""";

    private final JdbcClient jdbc;

    DeclarationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewDeclaration(UUID freelancerId, UUID referrerId, String referredEmail, UUID referredId,
            LocalDate on, String note, UUID declaredByAccount, String declaredByName, String tokenHash) {
    }

    public UUID insert(NewDeclaration d) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into referral_declaration (id, freelancer_id, referrer_id, referred_email, referred_id,
                        referred_on, note, declared_by_account, declared_by_name, token_hash)
                values (:id, :freelancer, :referrer, :email, :referred, :on, :note, :account, :name, :token)""")
                .param("id", id).param("freelancer", d.freelancerId()).param("referrer", d.referrerId())
                .param("email", d.referredEmail()).param("referred", d.referredId()).param("on", d.on())
                .param("note", d.note()).param("account", d.declaredByAccount()).param("name", d.declaredByName())
                .param("token", d.tokenHash()).update();
        return id;
    }

    public Optional<ReferralDeclaration> byId(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DeclarationRows::declaration).optional();
    }

    /** Locks the row, so that two answers to the same declaration are taken one after the other. */
    public Optional<ReferralDeclaration> lock(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id for update of d").param("id", id)
                .query(DeclarationRows::declaration).optional();
    }

    public Optional<UUID> idForToken(String tokenHash) {
        return jdbc.sql("select id from referral_declaration where token_hash = :hash and status = 'PENDING'")
                .param("hash", tokenHash).query(UUID.class).optional();
    }

    public List<ReferralDeclaration> ofFreelancer(UUID freelancerId) {
        return jdbc.sql(SELECT + " where d.freelancer_id = :id order by d.declared_at desc, d.id")
                .param("id", freelancerId).query(DeclarationRows::declaration).list();
    }

    /** Pending declarations naming the person as referrer that they have not answered yet. */
    public List<ReferralDeclaration> awaitingReferrer(UUID personId) {
        return jdbc.sql(SELECT + """
                 where d.referrer_id = :id and d.status = 'PENDING' and d.referrer_confirmed_at is null
                order by d.declared_at, d.id""").param("id", personId).query(DeclarationRows::declaration).list();
    }

    public List<ReferralDeclaration> pending() {
        return jdbc.sql(SELECT + " where d.status = 'PENDING' order by d.declared_at, d.id")
                .query(DeclarationRows::declaration).list();
    }

    public int pendingCount(UUID freelancerId) {
        return jdbc.sql("select count(*) from referral_declaration where freelancer_id = :id and status = 'PENDING'")
                .param("id", freelancerId).query(Integer.class).single();
    }

    /** The referrer said yes but could not confirm it themselves; the link has served. */
    /** The referrer's yes, left for an account manager; the link stops working. */
    public void referrerConfirmed(ReferralDeclaration declaration) {
        jdbc.sql("""
                update referral_declaration set referrer_confirmed_at = :at, token_hash = null
                where id = :id and status = 'PENDING'""")
                .param("at", Timestamp.from(declaration.referrerConfirmedAt()))
                .param("id", UUID.fromString(declaration.id())).update();
    }

    /** Stores the declaration's answer, given through {@code account} (null through the link); false if answered first. */
    public boolean decide(ReferralDeclaration decided, UUID account) {
        return jdbc.sql("""
                update referral_declaration
                set status = :status, decided_by_role = :role, decided_by_account = :account, decided_by_name = :name,
                    decided_at = :at, decision_reason = :reason, referral_id = :referral, token_hash = null
                where id = :id and status = 'PENDING'""")
                .param("status", decided.status().name()).param("role", decided.decidedByRole().name())
                .param("account", account).param("name", decided.decidedByName())
                .param("at", Timestamp.from(decided.decidedAt())).param("reason", decided.decisionReason())
                .param("referral", decided.referralId() == null ? null : UUID.fromString(decided.referralId()))
                .param("id", UUID.fromString(decided.id())).update() == 1;
    }

    static ReferralDeclaration declaration(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("decided_by_role");
        return new ReferralDeclaration(rs.getObject("id", UUID.class).toString(),
                rs.getObject("freelancer_id", UUID.class).toString(), rs.getString("freelancer_name"),
                rs.getObject("referrer_id", UUID.class).toString(), rs.getString("referrer_name"),
                rs.getString("referred_email"), ReleaseRows.string(rs.getObject("referred_id", UUID.class)),
                rs.getObject("referred_on", LocalDate.class), rs.getString("note"),
                DeclarationStatus.valueOf(rs.getString("status")), ReleaseRows.instant(rs, "declared_at"),
                ReleaseRows.instant(rs, "referrer_confirmed_at"), role == null ? null : DeclarerRole.valueOf(role),
                rs.getString("decided_by_name"), ReleaseRows.instant(rs, "decided_at"), rs.getString("decision_reason"),
                ReleaseRows.string(rs.getObject("referral_id", UUID.class)));
    }
}
