package relais.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import relais.account.internal.ApiTokenRows;
import relais.account.internal.ApiTokenRows.LiveToken;
import relais.account.internal.ApiTokenRows.TokenRow;
import relais.shared.FieldProblem;
import relais.shared.GatheredReads;
import relais.shared.InvalidInputException;

/**
 * Personal API tokens: shown once when created, kept only as a SHA-256 hash (they are long random values, so a
 * slow password hash would add nothing but latency to every API call).
 */
@Service
public class ApiTokens {

    public record IssuedToken(UUID id, String name, String secret) {
    }

    private static final String PREFIX = "rls_";
    /** How long a request waits for a read shared with others before it fails as a failed read would. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRows rows;
    private final GatheredReads<String, LiveToken> liveTokens;

    @Autowired
    ApiTokens(ApiTokenRows rows) {
        this(rows, rows::live);
    }

    /** With the source of the gathered token reads given (a test holds one in flight). */
    ApiTokens(ApiTokenRows rows, GatheredReads.Source<String, LiveToken> liveTokens) {
        this.rows = rows;
        this.liveTokens = new GatheredReads<>(liveTokens, PATIENCE);
    }

    public IssuedToken issue(AccountId account, String name) {
        String cleanName = name == null || name.isBlank() ? "API" : name.trim();
        if (cleanName.length() > 80 || relais.shared.TextRule.hasControlCharacter(cleanName, false)) {
            throw new InvalidInputException(List.of(new FieldProblem("name",
                    "must be at most 80 characters long, without control characters", "account.tokens.nameInvalid", null)));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var id = UUID.randomUUID();
        rows.insert(id, account, cleanName, hash(secret));
        return new IssuedToken(id, cleanName, secret);
    }

    public Optional<AccountId> accountFor(String secret) {
        return userFor(secret).map(RelaisUser::id);
    }

    /**
     * The account a token speaks for, as the database holds it now: by a read that started after this call, so a
     * token revoked (or an account changed) before the request arrived is refused (or seen as it now is), whichever
     * node or script made the change. Requests arriving while a token read is in flight share the next read
     * ({@link GatheredReads}), outside transactions only; nothing is kept between reads. The token's last use is
     * written at most once a minute.
     */
    public Optional<RelaisUser> userFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        var token = TransactionSynchronizationManager.isActualTransactionActive()
                ? Optional.ofNullable(rows.live(Set.of(hash)).get(hash))
                : liveTokens.read(hash);
        token.filter(LiveToken::useToRecord).ifPresent(t -> rows.recordUse(t.id()));
        return token.map(LiveToken::user);
    }

    /** Requests waiting for a token read right now. */
    int waitingForTokenReads() {
        return liveTokens.waiting();
    }

    public List<TokenRow> of(AccountId account) {
        return rows.of(account);
    }

    public boolean revoke(AccountId account, UUID tokenId) {
        return rows.revoke(account, tokenId);
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
