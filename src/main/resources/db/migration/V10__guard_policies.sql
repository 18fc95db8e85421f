-- Versions of the protection policy. Version 1 is the terms as written: 12 months, internal referrals count.
create table policy_version (
    id                  uuid primary key,
    number              int not null unique,
    effective_from      date not null unique,
    protection_months   int not null check (protection_months between 1 and 60),
    referrals_count     boolean not null default true,
    max_referral_depth  int check (max_referral_depth is null or max_referral_depth >= 1),
    recorded_by         uuid,
    recorded_at         timestamptz not null default now()
);
insert into policy_version (id, number, effective_from, protection_months)
values ('00000000-0000-0000-0000-00000000000a', 1, date '2000-01-01', 12);

-- The version each mission was agreed under, kept when the mission is recorded: later versions never change it.
create table mission_policy (
    mission_id          uuid primary key references mission (id),
    policy_version_id   uuid not null references policy_version (id)
);
insert into mission_policy (mission_id, policy_version_id)
select id, '00000000-0000-0000-0000-00000000000a' from mission;

-- The guard reads a company's group siblings (internal referrals, known-company cautions).
create index company_by_group on company (group_id);
