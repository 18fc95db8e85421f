package relais.screening.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.Role;
import relais.screening.Category;
import relais.screening.Finding;
import relais.screening.Screening;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Mission messages and their stored screening; the table itself refuses updates and deletes. */
@Repository
class MissionMessageRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FindingRow>> FINDINGS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, mission_id, author_account_id, author_role, author_name, person_id, body, created_at, flagged,
            categories, findings::text as findings""";

    /** A finding as stored in the jsonb column: the same shape as in the API. */
    record FindingRow(String category, int start, int end, String text) {

        static FindingRow of(Finding f) {
            return new FindingRow(f.category().name(), f.start(), f.end(), f.text());
        }

        Finding finding() {
            return new Finding(Category.valueOf(category), start, end, text);
        }
    }

    private final JdbcClient jdbc;

    MissionMessageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the message; the database sets its time, which is returned with it. */
    MissionMessage insert(MissionMessage m) {
        String[] categories = m.screening().categories().stream().map(Category::name).toArray(String[]::new);
        jdbc.sql("""
                insert into mission_message (id, mission_id, author_account_id, author_role, author_name, person_id, body,
                                             flagged, categories, findings)
                values (:id, :mission, :author, :role, :name, :person, :body, :flagged, :categories, cast(:findings as jsonb))""")
                .param("id", m.id()).param("mission", m.missionId()).param("author", m.authorAccountId())
                .param("role", m.authorRole().name()).param("name", m.authorName()).param("person", m.personId())
                .param("body", m.body()).param("flagged", m.screening().flagged()).param("categories", categories)
                .param("findings", JSON.writeValueAsString(m.screening().findings().stream().map(FindingRow::of).toList()))
                .update();
        return byId(m.id());
    }

    MissionMessage byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from mission_message where id = :id").param("id", id)
                .query(MissionMessageRows::message).single();
    }

    /** A conversation in the order it was written. */
    List<MissionMessage> ofMission(UUID missionId) {
        return jdbc.sql("select " + COLUMNS + " from mission_message where mission_id = :mission order by created_at, id")
                .param("mission", missionId).query(MissionMessageRows::message).list();
    }

    /** Flagged messages of every mission, newest first. */
    List<MissionMessage> flagged(int limit) {
        return jdbc.sql("select " + COLUMNS + " from mission_message where flagged order by created_at desc, id limit :limit")
                .param("limit", limit).query(MissionMessageRows::message).list();
    }

    private static MissionMessage message(ResultSet rs, int row) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (FindingRow f : JSON.readValue(rs.getString("findings"), FINDINGS)) {
            findings.add(f.finding());
        }
        List<Category> categories = categories(rs.getArray("categories"));
        var screening = new Screening(rs.getBoolean("flagged"), categories, findings);
        return new MissionMessage(rs.getObject("id", UUID.class), rs.getObject("mission_id", UUID.class),
                rs.getObject("author_account_id", UUID.class), Role.valueOf(rs.getString("author_role")),
                rs.getString("author_name"), rs.getObject("person_id", UUID.class), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), screening);
    }

    private static List<Category> categories(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Category::valueOf).toList();
    }
}
