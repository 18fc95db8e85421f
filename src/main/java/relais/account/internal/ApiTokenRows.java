package relais.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.AccountId;
import relais.account.RelaisUser;
import relais.database.NodeLease;

@Repository
public class ApiTokenRows {

    public record TokenRow(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    /** A token that is not revoked, its account as it stands now, and whether its use is due to be recorded again. */
    public record LiveToken(UUID id, RelaisUser user, boolean useToRecord) {
    }

    /** How often a token's last use is written: a write on every request would cost more than the request. */
    private static final String USE_RECORDED_EVERY = "1 minute";

    /** Put together once, not on every request: for one hash, and for many (a read shared by several requests). */
    private static final String LIVE = """
            select t.token_hash, t.id as token_id,
                   t.last_used_at is null or t.last_used_at < now() - interval '%s' as use_to_record,
                   %s
            from api_token t join account a on a.id = t.account_id
            where %%s and t.revoked_at is null""".formatted(USE_RECORDED_EVERY, AccountRows.columns("a"));
    private static final String LIVE_ONE = LIVE.formatted("t.token_hash = :hash");
    private static final String LIVE_MANY = LIVE.formatted("t.token_hash = any(cast(:hashes as text[]))");

    private final JdbcClient jdbc;
    private final NodeLease nodes;

    ApiTokenRows(JdbcClient jdbc, NodeLease nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
    }

    public void insert(UUID id, AccountId account, String name, String tokenHash) {
        jdbc.sql("insert into api_token (id, account_id, name, token_hash) values (:id, :account, :name, :hash)")
                .param("id", id).param("account", account.value()).param("name", name).param("hash", tokenHash)
                .update();
    }

    /**
     * The tokens with these hashes that are not revoked, with their accounts, by hash: one read through the hash's
     * unique index, no write. A read that starts after a revocation (on any node, or straight in the database)
     * refuses the token (see ApiTokens for how requests share reads, and when a node answers from memory instead).
     */
    public Map<String, LiveToken> live(Set<String> tokenHashes) {
        var found = new HashMap<String, LiveToken>();
        // A lone request's read stays the plain one: an array parameter costs both sides more for a single hash.
        var statement = tokenHashes.size() == 1
                ? jdbc.sql(LIVE_ONE).param("hash", tokenHashes.iterator().next())
                : jdbc.sql(LIVE_MANY).param("hashes", tokenHashes.toArray(String[]::new));
        statement.query((RowCallbackHandler) rs -> found.put(rs.getString("token_hash"), new LiveToken(
                        rs.getObject("token_id", UUID.class), AccountRows.user(rs, 0), rs.getBoolean("use_to_record"))));
        return found;
    }

    /** Records the token's use now, unless another request (on any node) has just done so. */
    public void recordUse(UUID tokenId) {
        jdbc.sql("""
                update api_token set last_used_at = now()
                where id = :id and (last_used_at is null or last_used_at < now() - interval '%s')"""
                .formatted(USE_RECORDED_EVERY))
                .param("id", tokenId).update();
    }

    public List<TokenRow> of(AccountId account) {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_token where account_id = :account order by created_at desc")
                .param("account", account.value())
                .query((rs, n) -> new TokenRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Answers once every node that may answer Bearer requests from memory has forgotten the token. */
    public boolean revoke(AccountId account, UUID tokenId) {
        boolean revoked = jdbc.sql("update api_token set revoked_at = now() where id = :id and account_id = :account and revoked_at is null")
                .param("id", tokenId).param("account", account.value()).update() == 1;
        if (revoked) {
            nodes.awaitEveryNode();
        }
        return revoked;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
