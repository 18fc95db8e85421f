-- The triggers that bump a freelancer's generation (V12) also note the freelancer in a setting local to the
-- writing transaction, 'relais.guard_bumped' (ids separated by commas). Just before the commit the application
-- reads it on the same connection and, once committed, rebuilds those freelancers' facts documents at once, so
-- that the question asked right after a change finds its document current. The note is only a hint: staleness
-- is still decided by the generations, and a document nobody rebuilt is rebuilt by the next question.

-- At most 200 freelancers are noted per transaction: beyond that, the next questions rebuild their documents.
create function guard_note_bumped(ids uuid[]) returns void language sql as $$
    select set_config('relais.guard_bumped',
                      concat_ws(',', nullif(current_setting('relais.guard_bumped', true), ''),
                                array_to_string(ids[1:200], ',')),
                      true)
    where cardinality(ids) > 0
      and length(coalesce(current_setting('relais.guard_bumped', true), '')) < 200 * 37;
$$;

-- Bumps the generation of these freelancers and notes them; the triggers below only say who is concerned.
create function guard_bump(freelancers uuid[]) returns void language sql as $$
    with bumped as (
        insert into guard_generation (freelancer_id, generation) select distinct f, 1 from unnest(freelancers) f
        on conflict (freelancer_id) do update set generation = guard_generation.generation + 1
        returning freelancer_id)
    select guard_note_bumped(array(select freelancer_id from bumped));
$$;

-- Tables that name the freelancer directly: mission, referral, protection_release.
create or replace function guard_bump_freelancers() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform guard_bump(array(select freelancer_id from old_rows));
    else
        perform guard_bump(array(select freelancer_id from new_rows));
    end if;
    return null;
end
$$;

-- A mission's freelancer, for tables that name a mission: mission_participant, mission_policy.
create or replace function guard_bump_missions() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform guard_bump(array(select m.freelancer_id from old_rows o join mission m on m.id = o.mission_id));
    else
        perform guard_bump(array(select m.freelancer_id from new_rows n join mission m on m.id = n.mission_id));
    end if;
    return null;
end
$$;

-- Every freelancer whose facts name one of these people.
create or replace function guard_bump_people(people uuid[]) returns void language sql as $$
    select guard_bump(array(
        select m.freelancer_id from mission_participant mp join mission m on m.id = mp.mission_id
        where mp.person_id = any(people)
        union select r.freelancer_id from referral r where r.referrer_id = any(people)
        union select r.freelancer_id from referral r where r.referred_id = any(people)
        union select l.freelancer_id from protection_release l where l.person_id = any(people)));
$$;
