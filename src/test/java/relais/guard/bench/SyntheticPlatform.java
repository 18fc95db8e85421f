package relais.guard.bench;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import relais.guard.engine.Referrals;

/**
 * A synthetic platform loaded straight into PostgreSQL with generate_series, in two slices: the first holds 10%
 * of everything (so the first measurement runs at 100,000 people), the second the remaining 90%. Each slice is a
 * closed world with the same shape (20 people per company, 20 missions and 3 referrals per freelancer), so a
 * freelancer's own history has the same size in both measurements: only the size of the platform changes.
 * Ids are derived from numbers, so the load generator can compute a freelancer's id and their clients' addresses.
 */
public final class SyntheticPlatform {

    /** Numbers of one slice: first and count of each kind. */
    public record Slice(long f0, long nF, long c0, long nC, long p0, long nP, long m0, long nM, long r0, long nR) {
    }

    public static final int PEOPLE_PER_COMPANY = 20;
    public static final int MISSIONS_PER_FREELANCER = 20;
    private static final String POLICY_1 = "00000000-0000-0000-0000-00000000000a";

    private final long freelancers;
    private final long companies;
    private final long people;
    private final long missions;
    private final long referrals;
    private final JdbcClient jdbc;

    public SyntheticPlatform(JdbcClient jdbc, double scale) {
        this.jdbc = jdbc;
        this.freelancers = Math.round(100_000 * scale);
        this.companies = Math.round(50_000 * scale);
        this.people = companies * PEOPLE_PER_COMPANY;
        this.missions = freelancers * MISSIONS_PER_FREELANCER;
        this.referrals = freelancers * 3;
    }

    public Slice first() {
        return new Slice(1, freelancers / 10, 1, companies / 10, 1, people / 10, 1, missions / 10, 1, referrals / 10);
    }

    public Slice second() {
        Slice a = first();
        return new Slice(a.nF() + 1, freelancers - a.nF(), a.nC() + 1, companies - a.nC(), a.nP() + 1,
                people - a.nP(), a.nM() + 1, missions - a.nM(), a.nR() + 1, referrals - a.nR());
    }

    public long freelancers() {
        return freelancers;
    }

    public String describe() {
        return String.format("%,d freelancers, %,d companies, %,d people, %,d missions, %,d referrals", freelancers,
                companies, people, missions, referrals);
    }

    /** "1" then 31 hex digits: kind 1 freelancer, 2 company, 3 person, 4 mission, 5 referral, 6 group. */
    public static String id(int kind, long number) {
        String hex = kind + String.format("%031x", number);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** The slice a freelancer number belongs to. */
    public Slice sliceOf(long freelancer) {
        return freelancer < second().f0() ? first() : second();
    }

    /**
     * The company of a freelancer's m-th mission (0-based): i is the freelancer's rank in the slice. Each mission
     * of a freelancer is with another company, and each freelancer works with another buyer there.
     */
    public static long missionCompany(Slice s, long freelancer, int m) {
        long i = freelancer - s.f0();
        return s.c0() + (i * 7919 + m * 104_729L) % s.nC();
    }

    /** The first participant (the buyer) of a freelancer's m-th mission. */
    public static long missionBuyer(Slice s, long freelancer, int m) {
        long i = freelancer - s.f0();
        return (missionCompany(s, freelancer, m) - 1) * PEOPLE_PER_COMPANY + (i + 7L * m) % PEOPLE_PER_COMPANY + 1;
    }

    public static String personEmail(long person) {
        long company = (person - 1) / PEOPLE_PER_COMPANY + 1;
        return "p" + person + "@c" + company + ".example";
    }

    public void prepare() {
        jdbc.sql("""
                create or replace function bench_id(kind int, i bigint) returns uuid language sql immutable
                as $$ select (kind::text || lpad(to_hex(i), 31, '0'))::uuid $$""").update();
    }

    /**
     * Loads one slice; foreign-key triggers are off meanwhile (every id is generated consistent) when the database
     * user may turn them off. The application's locked-down role may not: the rows then go in with their triggers,
     * in an order that satisfies every foreign key, only slower.
     */
    public void load(Slice s) {
        Map<String, Object> p = Map.of("f0", s.f0(), "nF", s.nF(), "c0", s.c0(), "nC", s.nC(), "p0", s.p0(),
                "nP", s.nP(), "m0", s.m0(), "nM", s.nM(), "r0", s.r0(), "nR", s.nR());
        boolean superuser = jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
        if (superuser) {
            run("set session_replication_role = replica", p);
        }
        run("""
                insert into freelancer (id, full_name, email)
                select bench_id(1, i), 'Freelancer ' || i, 'f' || i || '@bench.example'
                from generate_series(:f0, :f0 + :nF - 1) i""", p);
        run("""
                insert into company_group (id, name)
                select distinct bench_id(6, i / 50), 'Bench group ' || (i / 50)
                from generate_series(:c0, :c0 + :nC - 1) i where i % 5 = 0
                on conflict do nothing""", p);
        run("""
                insert into company (id, name, siren, group_id)
                select bench_id(2, i), 'Company ' || i, lpad(i::text, 9, '0'),
                       case when i % 5 = 0 then bench_id(6, i / 50) end
                from generate_series(:c0, :c0 + :nC - 1) i""", p);
        run("""
                insert into company_domain (domain, company_id)
                select 'c' || i || '.example', bench_id(2, i) from generate_series(:c0, :c0 + :nC - 1) i""", p);
        run("""
                insert into person (id, full_name, company_id)
                select bench_id(3, i), 'Person ' || i, bench_id(2, (i - 1) / 20 + 1)
                from generate_series(:p0, :p0 + :nP - 1) i""", p);
        run("""
                insert into person_email (email, person_id, position)
                select 'p' || i || '@c' || ((i - 1) / 20 + 1) || '.example', bench_id(3, i), 0
                from generate_series(:p0, :p0 + :nP - 1) i""", p);
        run("""
                insert into person_employment (person_id, company_id, from_date)
                select bench_id(3, i), bench_id(2, (i - 1) / 20 + 1), date '2015-01-01'
                from generate_series(:p0, :p0 + :nP - 1) i""", p);
        // One person in twenty moved to the next company of the slice in mid-2024.
        run("""
                insert into person_employment (person_id, company_id, from_date)
                select bench_id(3, i), bench_id(2, :c0 + ((i - 1) / 20 + 1 - :c0 + 1) % :nC), date '2024-06-01'
                from generate_series(:p0, :p0 + :nP - 1) i where i % 20 = 7""", p);
        run("""
                create temporary table bench_mission on commit drop as
                select j, t, i, m, :f0 + i as f, :c0 + (i * 7919 + m * 104729) % :nC as c,
                       date '2019-01-01' + ((t * 37) % 2500)::int as start_on,
                       case when t % 10 = 0 then null else date '2019-01-01' + ((t * 37) % 2500)::int + 30 + (t % 300)::int end as end_on
                from generate_series(:m0, :m0 + :nM - 1) j, lateral (select j - :m0 as t) x,
                     lateral (select t % :nF as i, t / :nF as m) y""", p);
        run("""
                insert into mission (id, freelancer_id, company_id, title, agreed_on, introduced_on, start_on,
                                     planned_end_on, actual_end_on, status)
                select bench_id(4, j), bench_id(1, f), bench_id(2, c), 'Mission ' || j, start_on - 10, start_on - 10,
                       start_on, end_on, end_on, case when end_on is null then 'IN_PROGRESS' else 'FINISHED' end
                from bench_mission""", p);
        run("""
                insert into mission_participant (mission_id, person_id)
                select bench_id(4, j), bench_id(3, (c - 1) * 20 + (i + 7 * m) % 20 + 1) from bench_mission
                union all
                select bench_id(4, j), bench_id(3, (c - 1) * 20 + (i + 7 * m + 7) % 20 + 1) from bench_mission where t % 3 = 0""", p);
        run("insert into mission_policy (mission_id, policy_version_id) select bench_id(4, j), '" + POLICY_1
                + "'::uuid from bench_mission", p);
        // Referrals by the buyer of one of the freelancer's missions to a colleague, soon after it started.
        run("""
                insert into referral (id, freelancer_id, referrer_id, referred_id, referred_on, declared_by_role, declared_by_name)
                select bench_id(5, k), bench_id(1, m.f), bench_id(3, (m.c - 1) * 20 + (m.i + 7 * m.m) % 20 + 1),
                       bench_id(3, (m.c - 1) * 20 + (m.i + 7 * m.m + 3) % 20 + 1), m.start_on + 5, 'CLIENT', 'Bench'
                from generate_series(:r0, :r0 + :nR - 1) k
                join bench_mission m on m.t = k - :r0""", p);
        if (superuser) {
            run("set session_replication_role = origin", p);
        }
        run("analyze", p);
    }

    private void run(String sql, Map<String, Object> params) {
        var statement = jdbc.sql(sql);
        for (var entry : params.entrySet()) {
            if (sql.contains(":" + entry.getKey())) {
                statement = statement.param(entry.getKey(), entry.getValue());
            }
        }
        statement.update();
    }
}
