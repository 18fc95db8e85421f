package relais.guard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import relais.guard.engine.EndingStretches;
import relais.guard.engine.ProtectedStretch;
import relais.guard.engine.RelationshipFacts;

/**
 * The engine's protected stretches of every freelancer, stored so that "whose protection ends between two days"
 * is one indexed read instead of the engine run over the platform. Each freelancer's rows carry the stamp of the
 * facts they came from; freelancers whose facts moved on since are computed again before any answer, so an answer
 * is always what the engine would say now. Stamps are read before the facts: a change landing in between leaves
 * the stored stamp behind, and the freelancer is simply computed again next time.
 */
@Component
public class ProtectedStretches {

    /** Freelancers computed and written together: large enough to amortise the statements, small enough for memory. */
    static final int CHUNK = 2_000;

    /** A stored stretch with its freelancer. */
    public record Ending(String freelancerId, ProtectedStretch stretch) {
    }

    private record Stamp(long generation, long epoch) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SimulationFeed feed;
    private final TransactionTemplate separateWrite;

    ProtectedStretches(JdbcClient jdbc, DataSource dataSource, SimulationFeed feed,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.feed = feed;
        this.separateWrite = new TransactionTemplate(transactions);
        this.separateWrite.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Brings every stale freelancer's stored stretches up to date; how many freelancers were computed. */
    public int refresh() {
        Map<UUID, Stamp> stale = stale();
        computeAndStore(stale, ending -> {
        });
        return stale.size();
    }

    /**
     * Brings the stored stretches up to date when they may be stored (outside any transaction); inside one it does
     * nothing, and readers fall back on the engine for the stale freelancers ({@link #staleFreelancers}).
     */
    public int bringCurrent() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? 0 : refresh();
    }

    /** The freelancers whose stored stretches cannot be trusted now: missing, or older than their facts. */
    public Set<String> staleFreelancers() {
        Set<String> ids = new HashSet<>();
        stale().keySet().forEach(id -> ids.add(id.toString()));
        return ids;
    }

    /**
     * For each freelancer with a stored stretch covering one of {@code days}: the people protected with them on
     * each day, in order, as stored. Only the freelancers outside {@link #staleFreelancers} are what the engine
     * would say now; in a repeatable-read transaction both answers are of the same moment.
     */
    public Map<String, List<Set<String>>> protectedOn(List<LocalDate> days) {
        LocalDate earliest = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = days.stream().max(LocalDate::compareTo).orElseThrow();
        // A binary COPY: at full scale this is about 1.7 million rows, which a result set would turn into strings
        // and dates column by column. COPY takes no parameters; a LocalDate's text is digits and dashes only.
        String copy = """
                copy (select freelancer_id, person_id, from_date, until_date from guard_stretch
                      where from_date <= '%s' and (until_date is null or until_date >= '%s')) to stdout (format binary)"""
                .formatted(latest, earliest);
        UuidIndex freelancers = new UuidIndex();
        List<List<Set<String>>> people = new ArrayList<>();
        CopyDays dates = new CopyDays();
        long[] high = new long[2];
        long[] low = new long[2];
        template.execute((ConnectionCallback<Void>) connection -> {
            try (CopyRows rows = CopyRows.open(connection, copy)) {
                while (rows.next(4)) {
                    rows.uuid(high, low, 0);
                    rows.uuid(high, low, 1);
                    var stretch = new ProtectedStretch(new UUID(high[1], low[1]).toString(), dates.of(rows.day()),
                            dates.of(rows.day()));
                    for (int i = 0; i < days.size(); i++) {
                        if (stretch.covers(days.get(i))) {
                            int freelancer = freelancers.add(high[0], low[0]);
                            if (freelancer == people.size()) {
                                people.add(emptySets(days.size()));
                            }
                            people.get(freelancer).get(i).add(stretch.personId());
                        }
                    }
                }
            }
            return null;
        });
        Map<String, List<Set<String>>> byFreelancer = new HashMap<>();
        for (int freelancer = 0; freelancer < people.size(); freelancer++) {
            byFreelancer.put(freelancers.text(freelancer), people.get(freelancer));
        }
        return byFreelancer;
    }

    private static List<Set<String>> emptySets(int count) {
        List<Set<String>> sets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sets.add(new HashSet<>());
        }
        return sets;
    }

    /** The stretches covering {@code on} that end from {@code on} to {@code last}, both included, as the engine says now. */
    public List<Ending> endingBetween(LocalDate on, LocalDate last) {
        Map<UUID, Stamp> stale = stale();
        List<Ending> found = new ArrayList<>();
        computeAndStore(stale, ending -> {
            if (ending.stretch().endsBetween(on, last)) {
                found.add(ending);
            }
        });
        // The index narrows by end day; whether a stretch counts stays the engine's rule (endsBetween), as above.
        jdbc.sql("select freelancer_id, person_id, from_date, until_date from guard_stretch where until_date between :on and :last")
                .param("on", on).param("last", last)
                .query(rs -> {
                    String freelancer = rs.getString("freelancer_id");
                    var stretch = new ProtectedStretch(rs.getString("person_id"), rs.getObject("from_date", LocalDate.class),
                            rs.getObject("until_date", LocalDate.class));
                    if (!stale.containsKey(UUID.fromString(freelancer)) && stretch.endsBetween(on, last)) {
                        found.add(new Ending(freelancer, stretch));
                    }
                });
        return found;
    }

    /**
     * Every freelancer whose stored stretches are missing or older than their facts, with the stamp of the facts
     * now. A freelancer with no generation yet is at generation 0, as in the facts documents.
     */
    private Map<UUID, Stamp> stale() {
        Map<UUID, Stamp> stale = new HashMap<>();
        jdbc.sql("""
                select f.id, coalesce(g.generation, 0) as generation, e.epoch
                from freelancer f
                cross join (select epoch from guard_epoch where id = 1) e
                left join guard_generation g on g.freelancer_id = f.id
                left join guard_stretch_stamp s on s.freelancer_id = f.id
                where s.freelancer_id is null or s.generation <> coalesce(g.generation, 0) or s.epoch <> e.epoch""")
                .query(rs -> {
                    stale.put(rs.getObject("id", UUID.class), new Stamp(rs.getLong("generation"), rs.getLong("epoch")));
                });
        return stale;
    }

    /**
     * Computes the stale freelancers chunk by chunk, handing every stretch to {@code sink}, and stores each chunk,
     * except inside a transaction: facts read there may not be committed, and a stamp stored for them could later
     * match other facts.
     */
    private void computeAndStore(Map<UUID, Stamp> stale, Consumer<Ending> sink) {
        boolean mayStore = !TransactionSynchronizationManager.isActualTransactionActive();
        List<UUID> ids = stale.keySet().stream().sorted().toList();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<UUID> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            Map<UUID, List<ProtectedStretch>> computed = new HashMap<>();
            chunk.forEach(id -> computed.put(id, List.of()));
            EngineWorkers.run(action -> feed.only(chunk, action),
                    (Supplier<RelationshipFacts> unbuilt) -> {
                        RelationshipFacts facts = unbuilt.get();
                        return Map.entry(UUID.fromString(facts.freelancerId()), EndingStretches.all(facts));
                    },
                    entry -> computed.put(entry.getKey(), entry.getValue()));
            computed.forEach((freelancer, stretches) ->
                    stretches.forEach(stretch -> sink.accept(new Ending(freelancer.toString(), stretch))));
            if (mayStore) {
                separateWrite.executeWithoutResult(status -> store(chunk, computed, stale));
            }
        }
    }

    /**
     * Replaces the chunk's rows. The stamp rows are locked first, in id order, so that two nodes storing the same
     * freelancers take turns instead of colliding on the stretches' keys.
     */
    private void store(List<UUID> chunk, Map<UUID, List<ProtectedStretch>> computed, Map<UUID, Stamp> stamps) {
        UUID[] ids = chunk.toArray(UUID[]::new);
        jdbc.sql("""
                insert into guard_stretch_stamp (freelancer_id, generation, epoch)
                select id, -1, -1 from unnest(:ids) as id order by id on conflict do nothing""")
                .param("ids", ids).update();
        jdbc.sql("select freelancer_id from guard_stretch_stamp where freelancer_id = any(:ids) order by freelancer_id for update")
                .param("ids", ids).query(UUID.class).list();
        jdbc.sql("delete from guard_stretch where freelancer_id = any(:ids)").param("ids", ids).update();
        List<String> freelancers = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> froms = new ArrayList<>();
        List<String> untils = new ArrayList<>();
        computed.forEach((freelancer, stretches) -> stretches.forEach(stretch -> {
            freelancers.add(freelancer.toString());
            people.add(stretch.personId());
            froms.add(stretch.from().toString());
            untils.add(stretch.until() == null ? null : stretch.until().toString());
        }));
        jdbc.sql("""
                insert into guard_stretch (freelancer_id, person_id, from_date, until_date)
                select cast(f as uuid), cast(p as uuid), cast(d as date), cast(u as date)
                from unnest(cast(:freelancers as text[]), cast(:people as text[]), cast(:froms as text[]),
                            cast(:untils as text[])) as s(f, p, d, u)""")
                .param("freelancers", freelancers.toArray(String[]::new)).param("people", people.toArray(String[]::new))
                .param("froms", froms.toArray(String[]::new)).param("untils", untils.toArray(String[]::new))
                .update();
        jdbc.sql("""
                update guard_stretch_stamp s set generation = v.generation, epoch = v.epoch
                from unnest(:ids, :generations, :epochs) as v(id, generation, epoch) where s.freelancer_id = v.id""")
                .param("ids", ids)
                .param("generations", chunk.stream().map(id -> stamps.get(id).generation()).toArray(Long[]::new))
                .param("epochs", chunk.stream().map(id -> stamps.get(id).epoch()).toArray(Long[]::new))
                .update();
    }
}
