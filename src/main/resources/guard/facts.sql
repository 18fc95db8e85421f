-- Everything the guard knows about one freelancer, as one JSON document (bound to FactsDocument).
-- Set-based on purpose: each table is read once, through its index, with "= any(array)" over the ids found so
-- far. Correlated sub-selects (one per mission, person or company) cost an executor start each, and "in
-- (select ...)" over a CTE lets the planner scan whole tables; both showed up in the benchmark.
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
