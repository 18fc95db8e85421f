package relais.guard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import relais.database.NodeLease;
import relais.database.NodeMemory;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.Verdicts;
import relais.shared.GatheredReads;
import relais.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads everything the guard knows about one freelancer: from the stored document when it is current (one
 * primary-key read), otherwise in a single round trip: their missions and participants,
 * referrals and releases, then only the people and companies those name (with group siblings, for internal
 * referrals and known-company cautions), and the policy versions. Every step follows an index from the
 * freelancer, so the cost depends on the freelancer's own history, not on the size of the platform.
 */
@Component
public class FactsLoader {

    private static final String QUERY = Sql.read("guard/facts.sql");
    private static final String CURRENT = Sql.read("guard/facts-stamp.sql");
    /**
     * The same, with the stored document when it was built at that very point. Two texts rather than one with a
     * "with the document?" parameter: that one cost PostgreSQL 70 µs a call from 16 threads, this one 27
     * ({@code GuardBenchmark}), likely because such a parameter decides what each custom plan keeps.
     */
    private static final String CURRENT_WITH_DOCUMENT = """
            select s.generation, s.epoch, s.freelancer_name,
                   (select f.document from guard_facts f where f.freelancer_id = :freelancer
                        and f.generation = s.generation and f.epoch = s.epoch) as document
            from (%s) s""".formatted(CURRENT);
    /** The stamps of many freelancers at once, for the verdicts that share a read. */
    private static final String CURRENT_MANY = Sql.read("guard/facts-stamps.sql");
    /** How long a verdict waits for a stamp read shared with others before it fails as a failed read would. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String STORE = Sql.read("guard/facts-store.sql");
    static final String STORING = "guard facts document stored";

    private final JdbcClient jdbc;
    private final FactsCache cache;
    private final TransactionTemplate separateWrite;
    private final JsonMapper json = JsonMapper.builder().build();
    private final GatheredReads<UUID, Current> stamps;
    /** Where each freelancer's facts stand, as last read, forgotten through the node feed when they move (V75). */
    private final NodeMemory<UUID, Current> knownStamps;

    @Autowired
    FactsLoader(JdbcClient jdbc, PlatformTransactionManager transactions, NodeLease nodes,
            @Value("${relais.guard.facts-cache-size:20000}") int cacheSize) {
        this(jdbc, transactions, nodes, cacheSize, UnaryOperator.identity());
    }

    /** With the source of the gathered stamp reads wrapped (a test holds one in flight). */
    FactsLoader(JdbcClient jdbc, PlatformTransactionManager transactions, NodeLease nodes, int cacheSize,
            UnaryOperator<GatheredReads.Source<UUID, Current>> wrap) {
        this.jdbc = jdbc;
        this.stamps = new GatheredReads<>(wrap.apply(this::stamps), PATIENCE);
        this.knownStamps = nodes.memory(cacheSize);
        nodes.onChange("guard", freelancer -> knownStamps.forget(UUID.fromString(freelancer)));
        nodes.onChange("guard-epoch", all -> knownStamps.forgetIf(stamp -> true));
        this.cache = new FactsCache(cacheSize);
        this.separateWrite = new TransactionTemplate(transactions);
        this.separateWrite.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separateWrite.setName(STORING); // bumps no generation: FactsRebuilds need not look at it
    }

    /**
     * The facts prepared for questions, and the freelancer's current name when it was read on the way (null
     * otherwise).
     */
    public record Loaded(Verdicts.Prepared prepared, String freelancerName) {

        public RelationshipFacts facts() {
            return prepared.facts();
        }
    }

    /**
     * The freelancer's facts; NotFoundException when no such freelancer exists. Read from the stored document when
     * it is current, else built by the facts query and stored for the next question.
     */
    public RelationshipFacts load(UUID freelancerId) {
        return loadNamed(freelancerId).facts();
    }

    /** As {@link #load}, with the freelancer's name when the check of the facts' currency read it. */
    public Loaded loadNamed(UUID freelancerId) {
        boolean outsideTransaction = mayStore();
        if (outsideTransaction) {
            var cached = fromCacheOrStore(freelancerId);
            if (cached != null) {
                return cached;
            }
        }
        String text = jdbc.sql(QUERY).param("freelancer", freelancerId).query(String.class).single();
        FactsDocument document = json.readValue(text, FactsDocument.class);
        if (!document.exists()) {
            throw NotFoundException.of("freelancer", freelancerId); // same query: no extra round trip to check
        }
        var facts = Verdicts.prepare(document.facts(freelancerId.toString()));
        if (outsideTransaction) {
            var stamp = new FactsCache.Stamp(document.generation(), document.epoch());
            separateWrite.executeWithoutResult(status -> jdbc.sql(STORE).param("freelancer", freelancerId)
                    .param("generation", stamp.generation()).param("epoch", stamp.epoch()).param("document", text).update());
            cache.put(freelancerId, stamp, facts);
        }
        return new Loaded(facts, null);
    }

    /**
     * Brings the freelancer's stored document and this node's copy up to date when a change made them stale (they
     * are left alone when current). Outside transactions only, like the questions that store.
     */
    void refresh(UUID freelancerId) {
        knownStamps.forget(freelancerId); // the change is committed: read where the facts now stand
        try {
            load(freelancerId);
        } catch (NotFoundException e) {
            // removed meanwhile: there is nothing to build
        }
    }

    /**
     * Where the facts stand, as this node knows it while its lease holds ({@link NodeLease}: whatever moves a stamp
     * or renames a freelancer answers only once every live node has forgotten it), else by one small query. This
     * node's copy answers when it was read at that point, else the stored document when it was built at that point
     * (fetched by the same query only when needed). The small query is shared with the verdicts that arrive while
     * the previous one is in flight ({@link GatheredReads}): it always starts after this call, so a change committed
     * on any node before the question is seen.
     */
    private Loaded fromCacheOrStore(UUID freelancerId) {
        boolean haveCopy = cache.has(freelancerId);
        var current = haveCopy ? knownStamps.get(freelancerId) : null;
        if (current == null) {
            long mark = knownStamps.mark();
            current = haveCopy ? stamps.read(freelancerId).orElseThrow() : stampWithDocument(freelancerId);
            if (current.freelancerName() != null) { // no memory spent on ids of no one
                knownStamps.keep(mark, freelancerId, current.withoutDocument());
            }
        }
        Verdicts.Prepared cached = haveCopy ? cache.get(freelancerId, current.stamp()) : null;
        if (cached != null) {
            return new Loaded(cached, current.freelancerName());
        }
        var withDocument = haveCopy ? stampWithDocument(freelancerId) : current;
        if (withDocument.document() == null) {
            return null;
        }
        var facts = Verdicts.prepare(json.readValue(withDocument.document(), FactsDocument.class)
                .facts(freelancerId.toString()));
        cache.put(freelancerId, withDocument.stamp(), facts);
        return new Loaded(facts, withDocument.freelancerName());
    }

    /** Where a freelancer's facts stand, their current name, and the stored document when built at that point. */
    record Current(FactsCache.Stamp stamp, String freelancerName, String document) {

        Current withoutDocument() {
            return document == null ? this : new Current(stamp, freelancerName, null);
        }
    }

    private Current stampWithDocument(UUID freelancerId) {
        return jdbc.sql(CURRENT_WITH_DOCUMENT).param("freelancer", freelancerId)
                .query((rs, n) -> current(rs, rs.getString("document"))).single();
    }

    /** The stamps and names of these freelancers, without documents: one read, a row for every id. */
    private Map<UUID, Current> stamps(Set<UUID> freelancerIds) {
        if (freelancerIds.size() == 1) { // a lone verdict's read stays the plain one: an array costs more for one id
            UUID freelancerId = freelancerIds.iterator().next();
            return Map.of(freelancerId, jdbc.sql(CURRENT).param("freelancer", freelancerId)
                    .query((rs, n) -> current(rs, null)).single());
        }
        var found = new HashMap<UUID, Current>();
        jdbc.sql(CURRENT_MANY).param("freelancers", freelancerIds.toArray(UUID[]::new))
                .query((RowCallbackHandler) rs -> found.put(rs.getObject("freelancer_id", UUID.class), current(rs, null)));
        return found;
    }

    private static Current current(ResultSet rs, String document) throws SQLException {
        return new Current(new FactsCache.Stamp(rs.getLong("generation"), rs.getLong("epoch")),
                rs.getString("freelancer_name"), document);
    }

    /** Verdicts waiting for a stamp read right now. */
    int waitingForStamps() {
        return stamps.waiting();
    }

    /**
     * Inside a transaction the facts may include changes not committed yet: those are used for this answer only,
     * never stored. (Verdict reads run outside transactions, so they are the ones that store.)
     */
    private static boolean mayStore() {
        return !TransactionSynchronizationManager.isActualTransactionActive();
    }
}
