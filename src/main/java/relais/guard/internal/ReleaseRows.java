package relais.guard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.guard.Release;
import relais.guard.ReleaseKind;

@Repository
public class ReleaseRows {

    private static final String SELECT = """
            select id, freelancer_id, person_id, company_id, kind, effective_on, reason, recorded_by_name, recorded_at
            from protection_release""";

    private final JdbcClient jdbc;

    ReleaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id is the caller's: a claim chooses it beforehand for the release that settles it. */
    public UUID insert(UUID id, UUID freelancerId, UUID personId, UUID companyId, ReleaseKind kind,
            LocalDate effectiveOn, String reason, UUID recordedBy, String recordedByName) {
        jdbc.sql("""
                insert into protection_release (id, freelancer_id, person_id, company_id, kind, effective_on, reason,
                                                recorded_by, recorded_by_name)
                values (:id, :freelancer, :person, :company, :kind, :on, :reason, :by, :name)""")
                .param("id", id).param("freelancer", freelancerId).param("person", personId)
                .param("company", companyId).param("kind", kind.name()).param("on", effectiveOn)
                .param("reason", reason).param("by", recordedBy).param("name", recordedByName).update();
        return id;
    }

    public Optional<Release> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ReleaseRows::release).optional();
    }

    public List<Release> ofFreelancer(UUID freelancerId) {
        return jdbc.sql(SELECT + " where freelancer_id = :id order by effective_on, recorded_at").param("id", freelancerId)
                .query(ReleaseRows::release).list();
    }

    static Release release(ResultSet rs, int row) throws SQLException {
        return new Release(rs.getObject("id", UUID.class).toString(), rs.getObject("freelancer_id", UUID.class).toString(),
                string(rs.getObject("person_id", UUID.class)), string(rs.getObject("company_id", UUID.class)),
                ReleaseKind.valueOf(rs.getString("kind")), rs.getObject("effective_on", LocalDate.class),
                rs.getString("reason"), rs.getString("recorded_by_name"), instant(rs, "recorded_at"));
    }

    static String string(UUID id) {
        return id == null ? null : id.toString();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
