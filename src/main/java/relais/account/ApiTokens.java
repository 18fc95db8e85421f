package relais.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import relais.account.internal.ApiTokenRows;
import relais.account.internal.ApiTokenRows.TokenRow;
import relais.shared.FieldProblem;
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
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRows rows;

    ApiTokens(ApiTokenRows rows) {
        this.rows = rows;
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
     * The account a token speaks for, read afresh from the database on every call (a revoked token fails at once,
     * whichever node revoked it); the token's last use is written at most once a minute.
     */
    public Optional<RelaisUser> userFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var token = rows.live(hash(secret));
        token.filter(ApiTokenRows.LiveToken::useToRecord).ifPresent(t -> rows.recordUse(t.id()));
        return token.map(ApiTokenRows.LiveToken::user);
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
