package relais.guard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.Role;
import relais.guard.VerdictKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Attestations as issued: inserted once with their PDF; the table refuses every change and deletion. */
@Repository
class AttestationRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, code_hash, issued_at, issued_on, asked_on, language, asked_by, asked_by_name, asked_by_role,
            freelancer_id, freelancer_name, person_name, asked_about_email, verdict, protected_until, open_ended,
            free_from, policy_number, policy_effective_from, policy_protection_months, statements""";

    /** An attestation and the hash of its code, as read back. */
    record Stored(Attestation attestation, byte[] codeHash) {
    }

    private final JdbcClient jdbc;

    AttestationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Attestation a, byte[] codeHash, byte[] pdf) {
        var p = new LinkedHashMap<String, Object>();
        p.put("id", a.id());
        p.put("hash", codeHash);
        p.put("issuedAt", Timestamp.from(a.issuedAt()));
        p.put("issuedOn", a.issuedOn());
        p.put("on", a.on());
        p.put("language", a.language());
        p.put("askedBy", a.asker().accountId());
        p.put("askedByName", a.asker().name());
        p.put("askedByRole", a.asker().role().name());
        p.put("freelancer", a.freelancerId());
        p.put("freelancerName", a.freelancerName());
        p.put("personName", a.personName());
        p.put("email", a.askedAboutEmail());
        p.put("verdict", a.verdict().name());
        p.put("until", a.protectedUntil());
        p.put("openEnded", a.openEnded());
        p.put("freeFrom", a.freeFrom());
        p.put("policyNumber", a.policy() == null ? null : a.policy().number());
        p.put("policyFrom", a.policy() == null ? null : a.policy().effectiveFrom());
        p.put("policyMonths", a.policy() == null ? null : a.policy().protectionMonths());
        p.put("statements", JSON.writeValueAsString(a.statements()));
        p.put("pdf", pdf);
        jdbc.sql("""
                insert into attestation (id, code_hash, issued_at, issued_on, asked_on, language, asked_by, asked_by_name,
                    asked_by_role, freelancer_id, freelancer_name, person_name, asked_about_email, verdict, protected_until,
                    open_ended, free_from, policy_number, policy_effective_from, policy_protection_months, statements, pdf)
                values (:id, :hash, :issuedAt, :issuedOn, :on, :language, :askedBy, :askedByName, :askedByRole,
                    :freelancer, :freelancerName, :personName, :email, :verdict, :until, :openEnded, :freeFrom,
                    :policyNumber, :policyFrom, :policyMonths, cast(:statements as jsonb), :pdf)""")
                .params(p).update();
    }

    /** The attestation whose code has this hash: one index lookup, whatever the hash. */
    Optional<Stored> byCodeHash(byte[] codeHash) {
        return jdbc.sql("select " + COLUMNS + " from attestation where code_hash = :hash").param("hash", codeHash)
                .query((rs, n) -> new Stored(attestation(rs), rs.getBytes("code_hash"))).optional();
    }

    Optional<Attestation> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from attestation where id = :id").param("id", id)
                .query((rs, n) -> attestation(rs)).optional();
    }

    Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf from attestation where id = :id").param("id", id).query(byte[].class).optional();
    }

    List<Attestation> askedBy(UUID accountId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from attestation where asked_by = :asker"
                        + " order by issued_at desc, id limit :limit")
                .param("asker", accountId).param("limit", limit).query((rs, n) -> attestation(rs)).list();
    }

    List<Attestation> newest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from attestation order by issued_at desc, id limit :limit")
                .param("limit", limit).query((rs, n) -> attestation(rs)).list();
    }

    private static Attestation attestation(ResultSet rs) throws SQLException {
        Integer policyNumber = rs.getObject("policy_number", Integer.class);
        var policy = policyNumber == null ? null : new Attestation.Policy(policyNumber,
                rs.getObject("policy_effective_from", LocalDate.class), rs.getInt("policy_protection_months"));
        Map<String, Attestation.Statement> statements = JSON.readValue(rs.getString("statements"),
                new TypeReference<Map<String, Attestation.Statement>>() { });
        return new Attestation(rs.getObject("id", UUID.class), rs.getTimestamp("issued_at").toInstant(),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("asked_on", LocalDate.class),
                rs.getString("language"),
                new Attestation.Asker(rs.getObject("asked_by", UUID.class), rs.getString("asked_by_name"),
                        Role.valueOf(rs.getString("asked_by_role"))),
                rs.getObject("freelancer_id", UUID.class), rs.getString("freelancer_name"), rs.getString("person_name"),
                rs.getString("asked_about_email"), VerdictKind.valueOf(rs.getString("verdict")),
                rs.getObject("protected_until", LocalDate.class), rs.getBoolean("open_ended"),
                rs.getObject("free_from", LocalDate.class), policy, statements);
    }
}
