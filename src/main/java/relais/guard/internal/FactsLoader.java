package relais.guard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import relais.guard.CompanyFact;
import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.ReleaseKind;
import relais.guard.Verdict;
import relais.guard.engine.Declarer;
import relais.guard.DeclarerRole;
import relais.guard.engine.MissionFact;
import relais.guard.engine.PolicyHistory;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.ReferralFact;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.ReleaseFact;
import relais.shared.NotFoundException;
import tools.jackson.databind.JsonNode;
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

    /*
     * Set-based on purpose: each table is read once, through its index, with "= any(array)" over the ids found so
     * far. Correlated sub-selects (one per mission, person or company) cost an executor start each, and "in
     * (select ...)" over a CTE lets the planner scan whole tables; both showed up in the benchmark.
     */
    private static final String QUERY = """
            with ms as (
                select m.id, m.title, m.company_id as "companyId", m.agreed_on as "agreedOn",
                       m.introduced_on as "introducedOn", m.start_on as "startOn",
                       coalesce(m.actual_end_on, m.planned_end_on) as "endOn", m.cancelled_on as "cancelledOn"
                from mission m where m.freelancer_id = :freelancer),
            mids as (select array(select id from ms) as ids),
            mp as (
                select mission_id as m, person_id as p from mission_participant
                where mission_id = any((select ids from mids)::uuid[])),
            pol as (
                select mission_id as m, policy_version_id as v from mission_policy
                where mission_id = any((select ids from mids)::uuid[])),
            rs as (
                select r.id, r.referrer_id as "referrerId", r.referred_id as "referredId", r.referred_on as "on",
                       r.note, r.declared_by_role as "declaredByRole", r.declared_by_name as "declaredByName"
                from referral r where r.freelancer_id = :freelancer),
            ls as (
                select l.id, l.kind, l.person_id as "personId", l.company_id as "companyId",
                       l.effective_on as "effectiveOn", l.reason, l.recorded_by_name as "recordedBy"
                from protection_release l where l.freelancer_id = :freelancer),
            pids as (
                select array(
                    select p from mp
                    union select "referrerId" from rs
                    union select "referredId" from rs
                    union select "personId" from ls where "personId" is not null) as ids),
            ps as (select id, full_name as n from person where id = any((select ids from pids)::uuid[])),
            pe as (
                select person_id as p, email::text as e, position as o from person_email
                where person_id = any((select ids from pids)::uuid[])),
            pw as (
                select person_id as p, company_id as c, from_date as f from person_employment
                where person_id = any((select ids from pids)::uuid[])),
            direct as (
                select array(
                    select "companyId" from ms
                    union select c from pw
                    union select "companyId" from ls where "companyId" is not null) as ids),
            related as (
                select array(
                    select unnest(ids) from direct
                    union select c.id from company c
                    where c.group_id = any(array(
                        select g.group_id from company g
                        where g.id = any((select ids from direct)::uuid[]) and g.group_id is not null))) as ids),
            cs as (
                select id, name as n, group_id as g from company
                where id = any((select ids from related)::uuid[])),
            cd as (
                select company_id as c, domain::text as d from company_domain
                where company_id = any((select ids from related)::uuid[])),
            pv as (
                select id, number, effective_from as "effectiveFrom", protection_months as "protectionMonths",
                       referrals_count as "referralsCount", max_referral_depth as "maxReferralDepth",
                       retired_at is not null as "retired", retired_at as "retiredAt", retired_by_name as "retiredBy",
                       retired_reason as "retiredReason"
                from policy_version)
            select json_build_object(
                'exists', exists (select 1 from freelancer where id = :freelancer),
                'generation', coalesce((select generation from guard_generation where freelancer_id = :freelancer), 0),
                'epoch', (select epoch from guard_epoch where id = 1),
                'missions', (select coalesce(json_agg(ms), '[]') from ms),
                'participants', (select coalesce(json_agg(mp), '[]') from mp),
                'snapshots', (select coalesce(json_agg(pol), '[]') from pol),
                'referrals', (select coalesce(json_agg(rs), '[]') from rs),
                'releases', (select coalesce(json_agg(ls), '[]') from ls),
                'people', (select coalesce(json_agg(ps), '[]') from ps),
                'emails', (select coalesce(json_agg(pe order by o), '[]') from pe),
                'employments', (select coalesce(json_agg(pw), '[]') from pw),
                'companies', (select coalesce(json_agg(cs), '[]') from cs),
                'domains', (select coalesce(json_agg(cd), '[]') from cd),
                'policies', (select coalesce(json_agg(pv), '[]') from pv))::text
            """;

    /** Where the freelancer's facts stand now, and the stored document if it was built at that very point. */
    private static final String CURRENT = """
            with stamp as (
                select coalesce((select g.generation from guard_generation g where g.freelancer_id = :freelancer), 0) as generation,
                       (select e.epoch from guard_epoch e where e.id = 1) as epoch)
            select s.generation, s.epoch,
                   case when :withDocument then (select f.document from guard_facts f where f.freelancer_id = :freelancer
                       and f.generation = s.generation and f.epoch = s.epoch) end as document
            from stamp s
            """;

    /** Never replaces a document built from later facts (two nodes rebuilding at once). */
    private static final String STORE = """
            insert into guard_facts (freelancer_id, generation, epoch, document) values (:freelancer, :generation, :epoch, :document)
            on conflict (freelancer_id) do update set generation = excluded.generation, epoch = excluded.epoch,
                document = excluded.document, built_at = now()
            where (guard_facts.generation, guard_facts.epoch) <= (excluded.generation, excluded.epoch)
            """;

    private final JdbcClient jdbc;
    private final FactsCache cache;
    private final TransactionTemplate separateWrite;
    private final JsonMapper json = JsonMapper.builder().build();

    FactsLoader(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${relais.guard.facts-cache-size:20000}") int cacheSize) {
        this.jdbc = jdbc;
        this.cache = new FactsCache(cacheSize);
        this.separateWrite = new TransactionTemplate(transactions);
        this.separateWrite.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The freelancer's facts; NotFoundException when no such freelancer exists. Read from the stored document when
     * it is current, else built by the facts query and stored for the next question.
     */
    public RelationshipFacts load(UUID freelancerId) {
        boolean outsideTransaction = mayStore();
        if (outsideTransaction) {
            var cached = fromCacheOrStore(freelancerId);
            if (cached != null) {
                return cached;
            }
        }
        String text = jdbc.sql(QUERY).param("freelancer", freelancerId).query(String.class).single();
        JsonNode document = json.readTree(text);
        if (!document.path("exists").asBoolean()) {
            throw NotFoundException.of("freelancer", freelancerId); // same query: no extra round trip to check
        }
        RelationshipFacts facts = facts(freelancerId.toString(), document);
        if (outsideTransaction) {
            var stamp = new FactsCache.Stamp(document.path("generation").asLong(), document.path("epoch").asLong());
            separateWrite.executeWithoutResult(status -> jdbc.sql(STORE).param("freelancer", freelancerId)
                    .param("generation", stamp.generation()).param("epoch", stamp.epoch()).param("document", text).update());
            cache.put(freelancerId, stamp, facts);
        }
        return facts;
    }

    /**
     * One small query says where the facts stand; this node's copy answers when it was read at that point, else
     * the stored document when it was built at that point (fetched by the same query only when needed).
     */
    private RelationshipFacts fromCacheOrStore(UUID freelancerId) {
        boolean haveCopy = cache.has(freelancerId);
        var current = stamp(freelancerId, !haveCopy);
        RelationshipFacts cached = haveCopy ? cache.get(freelancerId, current.stamp()) : null;
        if (cached != null) {
            return cached;
        }
        var withDocument = haveCopy ? stamp(freelancerId, true) : current;
        if (withDocument.document() == null) {
            return null;
        }
        RelationshipFacts facts = facts(freelancerId.toString(), json.readTree(withDocument.document()));
        cache.put(freelancerId, withDocument.stamp(), facts);
        return facts;
    }

    private record Current(FactsCache.Stamp stamp, String document) {
    }

    private Current stamp(UUID freelancerId, boolean withDocument) {
        return jdbc.sql(CURRENT).param("freelancer", freelancerId).param("withDocument", withDocument)
                .query((rs, n) -> new Current(new FactsCache.Stamp(rs.getLong("generation"), rs.getLong("epoch")),
                        rs.getString("document")))
                .single();
    }

    /**
     * Inside a transaction the facts may include changes not committed yet: those are used for this answer only,
     * never stored. (Verdict reads run outside transactions, so they are the ones that store.)
     */
    private static boolean mayStore() {
        return !TransactionSynchronizationManager.isActualTransactionActive();
    }

    private static RelationshipFacts facts(String freelancerId, JsonNode all) {
        Map<String, Set<String>> participants = new HashMap<>();
        for (JsonNode row : all.path("participants")) {
            participants.computeIfAbsent(text(row, "m"), id -> new LinkedHashSet<>()).add(text(row, "p"));
        }
        Map<String, String> snapshots = new HashMap<>();
        for (JsonNode row : all.path("snapshots")) {
            snapshots.put(text(row, "m"), text(row, "v"));
        }
        List<MissionFact> missions = new ArrayList<>();
        for (JsonNode m : all.path("missions")) {
            missions.add(new MissionFact(text(m, "id"), text(m, "title"), text(m, "companyId"),
                    participants.getOrDefault(text(m, "id"), Set.of()), date(m, "agreedOn"), date(m, "introducedOn"),
                    date(m, "startOn"), date(m, "endOn"), date(m, "cancelledOn")));
        }
        List<ReferralFact> referrals = new ArrayList<>();
        for (JsonNode r : all.path("referrals")) {
            referrals.add(new ReferralFact(text(r, "id"), text(r, "referrerId"), text(r, "referredId"),
                    date(r, "on"), new Declarer(DeclarerRole.valueOf(text(r, "declaredByRole")),
                    text(r, "declaredByName")), text(r, "note")));
        }
        List<ReleaseFact> releases = new ArrayList<>();
        for (JsonNode l : all.path("releases")) {
            releases.add(new ReleaseFact(text(l, "id"), ReleaseKind.valueOf(text(l, "kind")), text(l, "personId"),
                    text(l, "companyId"), date(l, "effectiveOn"), text(l, "reason"), text(l, "recordedBy")));
        }
        return new RelationshipFacts(freelancerId, missions, referrals, releases, people(all), companies(all),
                policies(all, snapshots));
    }

    private static Map<String, PersonFact> people(JsonNode all) {
        Map<String, List<String>> emails = new HashMap<>();
        for (JsonNode row : all.path("emails")) { // already in each person's preferred order
            emails.computeIfAbsent(text(row, "p"), id -> new ArrayList<>()).add(text(row, "e"));
        }
        Map<String, List<Employment>> employments = new HashMap<>();
        for (JsonNode row : all.path("employments")) {
            employments.computeIfAbsent(text(row, "p"), id -> new ArrayList<>())
                    .add(new Employment(text(row, "c"), date(row, "f")));
        }
        Map<String, PersonFact> people = new HashMap<>();
        for (JsonNode p : all.path("people")) {
            String id = text(p, "id");
            people.put(id, new PersonFact(id, text(p, "n"), emails.getOrDefault(id, List.of()),
                    employments.getOrDefault(id, List.of())));
        }
        return people;
    }

    private static Map<String, CompanyFact> companies(JsonNode all) {
        Map<String, Set<String>> domains = new HashMap<>();
        for (JsonNode row : all.path("domains")) {
            domains.computeIfAbsent(text(row, "c"), id -> new LinkedHashSet<>()).add(text(row, "d"));
        }
        Map<String, CompanyFact> companies = new HashMap<>();
        for (JsonNode c : all.path("companies")) {
            String id = text(c, "id");
            companies.put(id, new CompanyFact(id, text(c, "n"), text(c, "g"), domains.getOrDefault(id, Set.of())));
        }
        return companies;
    }

    private static PolicyHistory policies(JsonNode all, Map<String, String> snapshots) {
        List<PolicyVersion> versions = new ArrayList<>();
        for (JsonNode v : all.path("policies")) {
            JsonNode depth = v.path("maxReferralDepth");
            var retirement = v.path("retired").asBoolean()
                    ? new PolicyVersion.Retirement(instant(text(v, "retiredAt")), text(v, "retiredBy"), text(v, "retiredReason"))
                    : null;
            versions.add(new PolicyVersion(text(v, "id"), v.path("number").asInt(), date(v, "effectiveFrom"),
                    v.path("protectionMonths").asInt(), v.path("referralsCount").asBoolean(),
                    depth.isNumber() ? depth.asInt() : null, retirement));
        }
        return versions.isEmpty() ? PolicyHistory.defaults() : new PolicyHistory(versions, snapshots);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        return StoredDates.read(text(node, field));
    }

    /** Only shown beside a retired version; an unreadable stamp must not fail a verdict. */
    private static Instant instant(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
