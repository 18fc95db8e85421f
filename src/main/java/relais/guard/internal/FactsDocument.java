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
import java.util.function.Function;

import relais.guard.CompanyFact;
import relais.guard.DeclarerRole;
import relais.guard.Employment;
import relais.guard.PersonFact;
import relais.guard.ReleaseKind;
import relais.guard.engine.Declarer;
import relais.guard.engine.MissionFact;
import relais.guard.engine.PolicyHistory;
import relais.guard.engine.PolicyVersion;
import relais.guard.engine.ReferralFact;
import relais.guard.engine.RelationshipFacts;
import relais.guard.engine.ReleaseFact;

/**
 * The document {@code guard/facts.sql} builds, as Jackson binds it: one list per table, named as the query names
 * its columns. Dates stay text until {@link StoredDates} reads them, so a stored date out of Java's range cannot fail
 * a verdict.
 */
record FactsDocument(boolean exists, long generation, long epoch, List<MissionRow> missions,
        List<Participant> participants, List<Snapshot> snapshots, List<ReferralRow> referrals,
        List<ReleaseRow> releases, List<PersonRow> people, List<Email> emails, List<Job> employments,
        List<CompanyRow> companies, List<Domain> domains, List<PolicyRow> policies) {

    FactsDocument {
        missions = orEmpty(missions);
        participants = orEmpty(participants);
        snapshots = orEmpty(snapshots);
        referrals = orEmpty(referrals);
        releases = orEmpty(releases);
        people = orEmpty(people);
        emails = orEmpty(emails);
        employments = orEmpty(employments);
        companies = orEmpty(companies);
        domains = orEmpty(domains);
        policies = orEmpty(policies);
    }

    record MissionRow(String id, String title, String companyId, String agreedOn, String introducedOn, String startOn,
            String endOn, String cancelledOn) {
    }

    record Participant(String m, String p) {
    }

    record Snapshot(String m, String v) {
    }

    record ReferralRow(String id, String referrerId, String referredId, String on, String note,
            DeclarerRole declaredByRole, String declaredByName) {
    }

    record ReleaseRow(String id, ReleaseKind kind, String personId, String companyId, String effectiveOn,
            String reason, String recordedBy) {
    }

    record PersonRow(String id, String n) {
    }

    /** Rows come in each person's preferred order. */
    record Email(String p, String e) {
    }

    record Job(String p, String c, String f) {
    }

    record CompanyRow(String id, String n, String g) {
    }

    record Domain(String c, String d) {
    }

    record PolicyRow(String id, int number, String effectiveFrom, int protectionMonths, boolean referralsCount,
            Integer maxReferralDepth, boolean retired, String retiredAt, String retiredBy, String retiredReason) {

        PolicyVersion version() {
            var retirement = retired ? new PolicyVersion.Retirement(instant(retiredAt), retiredBy, retiredReason) : null;
            return new PolicyVersion(id, number, date(effectiveFrom), protectionMonths, referralsCount,
                    maxReferralDepth, retirement);
        }
    }

    RelationshipFacts facts(String freelancerId) {
        Map<String, Set<String>> participantsOf = group(participants, Participant::m, Participant::p);
        List<MissionFact> missionFacts = missions.stream().map(m -> new MissionFact(m.id(), m.title(), m.companyId(),
                participantsOf.getOrDefault(m.id(), Set.of()), date(m.agreedOn()), date(m.introducedOn()),
                date(m.startOn()), date(m.endOn()), date(m.cancelledOn()))).toList();
        List<ReferralFact> referralFacts = referrals.stream().map(r -> new ReferralFact(r.id(), r.referrerId(),
                r.referredId(), date(r.on()), new Declarer(r.declaredByRole(), r.declaredByName()), r.note())).toList();
        List<ReleaseFact> releaseFacts = releases.stream().map(l -> new ReleaseFact(l.id(), l.kind(), l.personId(),
                l.companyId(), date(l.effectiveOn()), l.reason(), l.recordedBy())).toList();
        return new RelationshipFacts(freelancerId, missionFacts, referralFacts, releaseFacts, personFacts(), companyFacts(),
                policyHistory());
    }

    private Map<String, PersonFact> personFacts() {
        Map<String, List<String>> addresses = new HashMap<>();
        emails.forEach(row -> addresses.computeIfAbsent(row.p(), id -> new ArrayList<>()).add(row.e()));
        Map<String, List<Employment>> jobs = new HashMap<>();
        employments.forEach(row -> jobs.computeIfAbsent(row.p(), id -> new ArrayList<>())
                .add(new Employment(row.c(), date(row.f()))));
        Map<String, PersonFact> result = new HashMap<>();
        people.forEach(p -> result.put(p.id(), new PersonFact(p.id(), p.n(), addresses.getOrDefault(p.id(), List.of()),
                jobs.getOrDefault(p.id(), List.of()))));
        return result;
    }

    private Map<String, CompanyFact> companyFacts() {
        Map<String, Set<String>> domainsOf = group(domains, Domain::c, Domain::d);
        Map<String, CompanyFact> result = new HashMap<>();
        companies.forEach(c -> result.put(c.id(), new CompanyFact(c.id(), c.n(), c.g(),
                domainsOf.getOrDefault(c.id(), Set.of()))));
        return result;
    }

    private PolicyHistory policyHistory() {
        Map<String, String> pinned = new HashMap<>();
        snapshots.forEach(s -> pinned.put(s.m(), s.v()));
        List<PolicyVersion> versions = policies.stream().map(PolicyRow::version).toList();
        return versions.isEmpty() ? PolicyHistory.defaults() : new PolicyHistory(versions, pinned);
    }

    private static <T> Map<String, Set<String>> group(List<T> rows, Function<T, String> key, Function<T, String> value) {
        Map<String, Set<String>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), k -> new LinkedHashSet<>()).add(value.apply(row)));
        return grouped;
    }

    private static <T> List<T> orEmpty(List<T> rows) {
        return rows == null ? List.of() : rows;
    }

    private static LocalDate date(String value) {
        return StoredDates.read(value);
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
