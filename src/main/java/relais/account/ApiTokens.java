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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import relais.account.internal.ApiTokenRows;
import relais.account.internal.ApiTokenRows.LiveToken;
import relais.account.internal.ApiTokenRows.TokenRow;
import relais.database.NodeLease;
import relais.database.NodeMemory;
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

    /** Tokens remembered by this node at most; beyond, some are forgotten to make room and read again when used. */
    static final int REMEMBERED_AT_MOST = 100_000;
    private static final long USE_RECORDED_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRows rows;
    private final GatheredReads<String, LiveToken> liveTokens;
    private final NodeMemory<String, Remembered> remembered;
    private final LongSupplier nanoTime;

    /** A live token as read, and when this node is next due to write its use. */
    private record Remembered(LiveToken token, AtomicLong useDueAt) {
    }

    @Autowired
    ApiTokens(ApiTokenRows rows, NodeLease nodes) {
        this(rows, rows::live, nodes, System::nanoTime);
    }

    /** With the source of the gathered token reads given (a test holds one in flight). */
    ApiTokens(ApiTokenRows rows, GatheredReads.Source<String, LiveToken> liveTokens, NodeLease nodes) {
        this(rows, liveTokens, nodes, System::nanoTime);
    }

    /** With the clock that says when a remembered token's use is due to be written again (a test moves it). */
    ApiTokens(ApiTokenRows rows, GatheredReads.Source<String, LiveToken> liveTokens, NodeLease nodes,
            LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.rows = rows;
        this.liveTokens = new GatheredReads<>(liveTokens, PATIENCE);
        this.remembered = nodes.memory(REMEMBERED_AT_MOST);
        nodes.onChange("token", remembered::forget);
        nodes.onChange("account", account -> {
            var id = new AccountId(UUID.fromString(account));
            remembered.forgetIf(r -> r.token().user().id().equals(id));
        });
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
     * The account a token speaks for, as it stands now: a token revoked (or an account changed) before the request
     * arrived is refused (or seen as it now is), whichever node made the change.
     * <p>
     * Outside transactions, a live token this node read before answers from memory while the node's lease is
     * valid ({@link NodeLease}): every change to a token or an account answers only once every live node has
     * forgotten what it concerns. Otherwise the token is read, by a read that started after this call; requests
     * arriving while a token read is in flight share the next read ({@link GatheredReads}). Unknown and revoked
     * tokens are never remembered. The token's last use is written at most once a minute by each node.
     */
    public Optional<RelaisUser> userFor(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(secret);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            var token = Optional.ofNullable(rows.live(Set.of(hash)).get(hash));
            token.filter(LiveToken::useToRecord).ifPresent(t -> rows.recordUse(t.id()));
            return token.map(LiveToken::user);
        }
        var known = remembered.get(hash);
        if (known == null) {
            long mark = remembered.mark();
            var token = liveTokens.read(hash);
            if (token.isEmpty()) {
                return Optional.empty();
            }
            long now = nanoTime.getAsLong();
            known = new Remembered(token.get(), new AtomicLong(token.get().useToRecord() ? now : now + USE_RECORDED_EVERY_NANOS));
            remembered.keep(mark, hash, known);
        }
        recordUseWhenDue(known);
        return Optional.of(known.token().user());
    }

    private void recordUseWhenDue(Remembered known) {
        long due = known.useDueAt().get();
        long now = nanoTime.getAsLong();
        if (now - due >= 0 && known.useDueAt().compareAndSet(due, now + USE_RECORDED_EVERY_NANOS)) {
            rows.recordUse(known.token().id());
        }
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
