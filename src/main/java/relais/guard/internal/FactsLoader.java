package relais.guard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import relais.guard.CompanyFact;
import relais.guard.Declarer;
import relais.guard.DeclarerRole;
import relais.guard.Employment;
import relais.guard.MissionFact;
import relais.guard.PersonFact;
import relais.guard.PolicyHistory;
import relais.guard.PolicyVersion;
import relais.guard.ReferralFact;
import relais.guard.RelationshipFacts;
import relais.guard.ReleaseFact;
import relais.guard.ReleaseKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads everything the guard knows about one freelancer in a single round trip: their missions and participants,
 * referrals and releases, then only the people and companies those name (with group siblings, for internal
 * referrals and known-company cautions), and the policy versions. Every step follows an index from the
 * freelancer, so the cost depends on the freelancer's own history, not on the size of the platform.
 */
@Component
public class FactsLoader {

    /*
     * Every set is fetched with "= any(array(...))": the array is computed first and each row then found through
     * its index. With "in (select ...)" over a CTE the planner cannot know how few rows come and may scan whole
     * tables, which is what makes a lookup slow down as the platform grows.
     */
    private static final String QUERY = """
            with ms as (
                select m.id, m.title, m.company_id as "companyId", m.agreed_on as "agreedOn",
                       m.introduced_on as "introducedOn", m.start_on as "startOn",
                       coalesce(m.actual_end_on, m.planned_end_on) as "endOn", m.cancelled_on as "cancelledOn",
                       (select mp.policy_version_id from mission_policy mp where mp.mission_id = m.id) as "policyId",
                       array(select p.person_id from mission_participant p where p.mission_id = m.id) as participants
                from mission m
                where m.freelancer_id = :freelancer),
            rs as (
                select r.id, r.referrer_id as "referrerId", r.referred_id as "referredId", r.referred_on as "on",
                       r.note, r.declared_by_role as "declaredByRole", r.declared_by_name as "declaredByName"
                from referral r where r.freelancer_id = :freelancer),
            ls as (
                select l.id, l.kind, l.person_id as "personId", l.company_id as "companyId",
                       l.effective_on as "effectiveOn", l.reason, l.recorded_by_name as "recordedBy"
                from protection_release l where l.freelancer_id = :freelancer),
            ids as (
                select array(
                    select unnest(participants) from ms
                    union select "referrerId" from rs
                    union select "referredId" from rs
                    union select "personId" from ls where "personId" is not null) as ids),
            ps as (
                select p.id, p.full_name as "fullName",
                       array(select e.email::text from person_email e where e.person_id = p.id order by e.position) as emails,
                       array(select w.company_id from person_employment w where w.person_id = p.id order by w.from_date) as employers,
                       array(select w.from_date from person_employment w where w.person_id = p.id order by w.from_date) as "employedFrom"
                from person p where p.id = any((select ids from ids)::uuid[])),
            direct as (
                select array(
                    select "companyId" from ms
                    union select unnest(employers) from ps
                    union select "companyId" from ls where "companyId" is not null) as ids),
            related as (
                select array(
                    select unnest(ids) from direct
                    union select c.id from company c
                    where c.group_id = any(array(
                        select g.group_id from company g
                        where g.id = any((select ids from direct)::uuid[]) and g.group_id is not null))) as ids),
            cs as (
                select c.id, c.name, c.group_id as "groupId",
                       array(select d.domain::text from company_domain d where d.company_id = c.id) as domains
                from company c where c.id = any((select ids from related)::uuid[])),
            pv as (
                select id, number, effective_from as "effectiveFrom", protection_months as "protectionMonths",
                       referrals_count as "referralsCount", max_referral_depth as "maxReferralDepth"
                from policy_version)
            select (select coalesce(json_agg(ms), '[]') from ms) as missions,
                   (select coalesce(json_agg(rs), '[]') from rs) as referrals,
                   (select coalesce(json_agg(ls), '[]') from ls) as releases,
                   (select coalesce(json_agg(ps), '[]') from ps) as people,
                   (select coalesce(json_agg(cs), '[]') from cs) as companies,
                   (select coalesce(json_agg(pv), '[]') from pv) as policies
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    FactsLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RelationshipFacts load(UUID freelancerId) {
        return jdbc.sql(QUERY).param("freelancer", freelancerId)
                .query((rs, row) -> facts(freelancerId.toString(), json.readTree(rs.getString("missions")),
                        json.readTree(rs.getString("referrals")), json.readTree(rs.getString("releases")),
                        json.readTree(rs.getString("people")), json.readTree(rs.getString("companies")),
                        json.readTree(rs.getString("policies"))))
                .single();
    }

    private static RelationshipFacts facts(String freelancerId, JsonNode missions, JsonNode referrals,
            JsonNode releases, JsonNode people, JsonNode companies, JsonNode policies) {
        List<MissionFact> missionFacts = new ArrayList<>();
        Map<String, String> snapshots = new HashMap<>();
        for (JsonNode m : missions) {
            missionFacts.add(new MissionFact(text(m, "id"), text(m, "title"), text(m, "companyId"),
                    strings(m.path("participants")), date(m, "agreedOn"), date(m, "introducedOn"), date(m, "startOn"),
                    date(m, "endOn"), date(m, "cancelledOn")));
            if (text(m, "policyId") != null) {
                snapshots.put(text(m, "id"), text(m, "policyId"));
            }
        }
        List<ReferralFact> referralFacts = new ArrayList<>();
        for (JsonNode r : referrals) {
            referralFacts.add(new ReferralFact(text(r, "id"), text(r, "referrerId"), text(r, "referredId"),
                    date(r, "on"), new Declarer(DeclarerRole.valueOf(text(r, "declaredByRole")),
                    text(r, "declaredByName")), text(r, "note")));
        }
        List<ReleaseFact> releaseFacts = new ArrayList<>();
        for (JsonNode l : releases) {
            releaseFacts.add(new ReleaseFact(text(l, "id"), ReleaseKind.valueOf(text(l, "kind")), text(l, "personId"),
                    text(l, "companyId"), date(l, "effectiveOn"), text(l, "reason"), text(l, "recordedBy")));
        }
        Map<String, PersonFact> personFacts = new HashMap<>();
        for (JsonNode p : people) {
            List<Employment> employments = new ArrayList<>();
            JsonNode employers = p.path("employers");
            JsonNode from = p.path("employedFrom");
            for (int i = 0; i < employers.size(); i++) {
                employments.add(new Employment(employers.get(i).asString(), LocalDate.parse(from.get(i).asString())));
            }
            personFacts.put(text(p, "id"), new PersonFact(text(p, "id"), text(p, "fullName"),
                    List.copyOf(strings(p.path("emails"))), employments));
        }
        Map<String, CompanyFact> companyFacts = new HashMap<>();
        for (JsonNode c : companies) {
            companyFacts.put(text(c, "id"), new CompanyFact(text(c, "id"), text(c, "name"), text(c, "groupId"),
                    strings(c.path("domains"))));
        }
        List<PolicyVersion> versions = new ArrayList<>();
        for (JsonNode v : policies) {
            JsonNode depth = v.path("maxReferralDepth");
            versions.add(new PolicyVersion(text(v, "id"), v.path("number").asInt(), date(v, "effectiveFrom"),
                    v.path("protectionMonths").asInt(), v.path("referralsCount").asBoolean(),
                    depth.isNumber() ? depth.asInt() : null));
        }
        PolicyHistory history = versions.isEmpty() ? PolicyHistory.defaults() : new PolicyHistory(versions, snapshots);
        return new RelationshipFacts(freelancerId, missionFacts, referralFacts, releaseFacts, personFacts,
                companyFacts, history);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    /** Keeps the order (e-mails have a preferred first address) and drops duplicates. */
    private static Set<String> strings(JsonNode array) {
        Set<String> values = new java.util.LinkedHashSet<>();
        for (JsonNode item : array) {
            if (!item.isNull()) {
                values.add(item.asString());
            }
        }
        return values;
    }

}
