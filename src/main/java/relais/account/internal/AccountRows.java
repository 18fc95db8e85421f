package relais.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.AccountId;
import relais.account.RelaisUser;
import relais.account.Role;
import relais.database.NodeLease;

/**
 * The account rows. Every change to an account answers once every node has heard it ({@link NodeLease}): a node
 * answering a Bearer request from memory must know the account as it now is.
 */
@Repository
public class AccountRows {

    private static final String COLUMNS = "id, email, password_hash, role, display_name, language, company_id, person_id, freelancer_id";

    private final JdbcClient jdbc;
    private final NodeLease nodes;

    AccountRows(JdbcClient jdbc, NodeLease nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    public void insert(AccountId id, String email, String passwordHash, Role role, String displayName, UUID companyId,
            UUID personId, UUID freelancerId) {
        jdbc.sql("""
                insert into account (id, email, password_hash, role, display_name, company_id, person_id, freelancer_id)
                values (:id, :email, :hash, :role, :name, :company, :person, :freelancer)""")
                .param("id", id.value()).param("email", email).param("hash", passwordHash).param("role", role.name())
                .param("name", displayName).param("company", companyId).param("person", personId)
                .param("freelancer", freelancerId)
                .update();
    }

    /** Every account manager, for what concerns them all (a new incident on a mission). */
    public java.util.List<RelaisUser> accountManagers() {
        return jdbc.sql("select " + COLUMNS + " from account where role = 'ACCOUNT_MANAGER' order by display_name")
                .query(AccountRows::user).list();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from account where email = :email)").param("email", email)
                .query(Boolean.class).single();
    }

    public Optional<RelaisUser> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from account where email = :email").param("email", email.trim())
                .query(AccountRows::user).optional();
    }

    public Optional<RelaisUser> byId(AccountId id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id").param("id", id.value())
                .query(AccountRows::user).optional();
    }

    public Optional<AccountId> idOfFreelancer(UUID freelancerId) {
        return jdbc.sql("select id from account where freelancer_id = :id").param("id", freelancerId)
                .query((rs, n) -> new AccountId(rs.getObject(1, UUID.class))).optional();
    }

    public Optional<AccountId> idOfPerson(UUID personId) {
        return jdbc.sql("select id from account where person_id = :id").param("id", personId)
                .query((rs, n) -> new AccountId(rs.getObject(1, UUID.class))).optional();
    }

    public void updateCompanyOfPerson(UUID personId, UUID companyId) {
        jdbc.sql("update account set company_id = :company where person_id = :person")
                .param("company", companyId).param("person", personId).update();
        nodes.awaitEveryNode();
    }

    public void updateEmail(AccountId id, String email) {
        jdbc.sql("update account set email = :email where id = :id").param("email", email).param("id", id.value()).update();
        nodes.awaitEveryNode();
    }

    public void updatePasswordHash(AccountId id, String passwordHash) {
        jdbc.sql("update account set password_hash = :hash where id = :id").param("hash", passwordHash)
                .param("id", id.value()).update();
        nodes.awaitEveryNode();
    }

    public void updateLanguage(AccountId id, String language) {
        jdbc.sql("update account set language = :language where id = :id").param("language", language)
                .param("id", id.value()).update();
        nodes.awaitEveryNode();
    }

    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    /** The columns {@link #user} reads, of the account table named {@code alias} in a join. */
    static String columns(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> alias + "." + c)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static RelaisUser user(ResultSet rs, int row) throws SQLException {
        return new RelaisUser(new AccountId(rs.getObject("id", UUID.class)), rs.getString("email"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("display_name"),
                rs.getString("language"), rs.getObject("company_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("freelancer_id", UUID.class));
    }
}
