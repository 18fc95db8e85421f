-- Each freelancer's facts, kept as the document the facts query builds, so that a verdict is one primary-key read.
-- A document is valid while its generation and epoch are the current ones: any change to what it was built from
-- bumps the generation of the freelancers concerned (or the epoch, for changes that may concern anyone). The
-- triggers below do the bumping in the writing transaction itself, so no writer can forget it and every app node
-- sees it at once.
create table guard_facts (
    freelancer_id  uuid primary key,
    generation     bigint not null,
    epoch          bigint not null,
    document       text not null,
    built_at       timestamptz not null default now()
);

create table guard_generation (
    freelancer_id  uuid primary key,
    generation     bigint not null
);

create table guard_epoch (
    id     int primary key check (id = 1),
    epoch  bigint not null
);
insert into guard_epoch values (1, 0);

create index referral_referrer on referral (referrer_id);
create index protection_release_person on protection_release (person_id);

-- Each function reads the statement's transition table: the new rows, or the old ones for a delete. (PL/pgSQL
-- resolves a table name only when its branch runs, so one function serves the three kinds of trigger.)

-- Tables that name the freelancer directly: mission, referral, protection_release.
create function guard_bump_freelancers() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into guard_generation (freelancer_id, generation) select distinct freelancer_id, 1 from old_rows
        on conflict (freelancer_id) do update set generation = guard_generation.generation + 1;
    else
        insert into guard_generation (freelancer_id, generation) select distinct freelancer_id, 1 from new_rows
        on conflict (freelancer_id) do update set generation = guard_generation.generation + 1;
    end if;
    return null;
end
$$;

-- A mission's freelancer, for tables that name a mission: mission_participant, mission_policy.
create function guard_bump_missions() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into guard_generation (freelancer_id, generation)
            select distinct m.freelancer_id, 1 from old_rows o join mission m on m.id = o.mission_id
        on conflict (freelancer_id) do update set generation = guard_generation.generation + 1;
    else
        insert into guard_generation (freelancer_id, generation)
            select distinct m.freelancer_id, 1 from new_rows n join mission m on m.id = n.mission_id
        on conflict (freelancer_id) do update set generation = guard_generation.generation + 1;
    end if;
    return null;
end
$$;

-- A person's name, addresses or employers changed: every freelancer whose facts name that person.
create function guard_bump_people(people uuid[]) returns void language sql as $$
    insert into guard_generation (freelancer_id, generation)
        select distinct f, 1 from (
            select m.freelancer_id as f from mission_participant mp join mission m on m.id = mp.mission_id
            where mp.person_id = any(people)
            union select r.freelancer_id from referral r where r.referrer_id = any(people)
            union select r.freelancer_id from referral r where r.referred_id = any(people)
            union select l.freelancer_id from protection_release l where l.person_id = any(people)) concerned
    on conflict (freelancer_id) do update set generation = guard_generation.generation + 1;
$$;
create function guard_bump_person_rows() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform guard_bump_people(array(select distinct id from old_rows));
    else
        perform guard_bump_people(array(select distinct id from new_rows));
    end if;
    return null;
end
$$;
create function guard_bump_person_details() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform guard_bump_people(array(select distinct person_id from old_rows));
    else
        perform guard_bump_people(array(select distinct person_id from new_rows));
    end if;
    return null;
end
$$;

-- Companies, their domains and groups, and policy versions can concern anyone: a new epoch.
create function guard_new_epoch() returns trigger language plpgsql as $$
begin
    update guard_epoch set epoch = epoch + 1 where id = 1;
    return null;
end
$$;

create trigger guard_mission_insert after insert on mission referencing new table as new_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_mission_update after update on mission referencing new table as new_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_mission_delete after delete on mission referencing old table as old_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_referral_insert after insert on referral referencing new table as new_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_referral_update after update on referral referencing new table as new_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_referral_delete after delete on referral referencing old table as old_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_release_insert after insert on protection_release referencing new table as new_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_release_update after update on protection_release referencing new table as new_rows
    for each statement execute function guard_bump_freelancers();
create trigger guard_release_delete after delete on protection_release referencing old table as old_rows
    for each statement execute function guard_bump_freelancers();

create trigger guard_participant_insert after insert on mission_participant referencing new table as new_rows
    for each statement execute function guard_bump_missions();
create trigger guard_participant_update after update on mission_participant referencing new table as new_rows
    for each statement execute function guard_bump_missions();
create trigger guard_participant_delete after delete on mission_participant referencing old table as old_rows
    for each statement execute function guard_bump_missions();
create trigger guard_mission_policy_insert after insert on mission_policy referencing new table as new_rows
    for each statement execute function guard_bump_missions();
create trigger guard_mission_policy_update after update on mission_policy referencing new table as new_rows
    for each statement execute function guard_bump_missions();
create trigger guard_mission_policy_delete after delete on mission_policy referencing old table as old_rows
    for each statement execute function guard_bump_missions();

create trigger guard_person_update after update on person referencing new table as new_rows
    for each statement execute function guard_bump_person_rows();
create trigger guard_person_delete after delete on person referencing old table as old_rows
    for each statement execute function guard_bump_person_rows();
create trigger guard_person_email_insert after insert on person_email referencing new table as new_rows
    for each statement execute function guard_bump_person_details();
create trigger guard_person_email_update after update on person_email referencing new table as new_rows
    for each statement execute function guard_bump_person_details();
create trigger guard_person_email_delete after delete on person_email referencing old table as old_rows
    for each statement execute function guard_bump_person_details();
create trigger guard_person_employment_insert after insert on person_employment referencing new table as new_rows
    for each statement execute function guard_bump_person_details();
create trigger guard_person_employment_update after update on person_employment referencing new table as new_rows
    for each statement execute function guard_bump_person_details();
create trigger guard_person_employment_delete after delete on person_employment referencing old table as old_rows
    for each statement execute function guard_bump_person_details();

create trigger guard_company_change after insert or update or delete on company
    for each statement execute function guard_new_epoch();
create trigger guard_company_domain_change after insert or update or delete on company_domain
    for each statement execute function guard_new_epoch();
create trigger guard_company_group_change after insert or update or delete on company_group
    for each statement execute function guard_new_epoch();
create trigger guard_policy_version_change after insert or update or delete on policy_version
    for each statement execute function guard_new_epoch();
