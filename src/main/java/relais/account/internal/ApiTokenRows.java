package relais.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.AccountId;

@Repository
public class ApiTokenRows {

    public record TokenRow(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    ApiTokenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, AccountId account, String name, String tokenHash) {
        jdbc.sql("insert into api_token (id, account_id, name, token_hash) values (:id, :account, :name, :hash)")
                .param("id", id).param("account", account.value()).param("name", name).param("hash", tokenHash)
                .update();
    }

    public Optional<AccountId> activeAccountFor(String tokenHash) {
        return jdbc.sql("""
                update api_token set last_used_at = now() where token_hash = :hash and revoked_at is null
                returning account_id""")
                .param("hash", tokenHash)
                .query((rs, n) -> new AccountId(rs.getObject(1, UUID.class))).optional();
    }

    public List<TokenRow> of(AccountId account) {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_token where account_id = :account order by created_at desc")
                .param("account", account.value())
                .query((rs, n) -> new TokenRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    public boolean revoke(AccountId account, UUID tokenId) {
        return jdbc.sql("update api_token set revoked_at = now() where id = :id and account_id = :account and revoked_at is null")
                .param("id", tokenId).param("account", account.value()).update() == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
