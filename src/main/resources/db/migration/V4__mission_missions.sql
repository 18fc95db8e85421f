create table mission (
    id              uuid primary key,
    freelancer_id   uuid not null references freelancer (id),
    company_id      uuid not null references company (id),
    title           text not null,
    agreed_on       date not null,
    introduced_on   date not null,
    start_on        date not null,
    planned_end_on  date,
    actual_end_on   date,
    cancelled_on    date,
    status          text not null check (status in ('AGREED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED')),
    day_rate        numeric(12, 2),
    currency        char(3) not null default 'EUR',
    days            numeric(7, 1),
    created_at      timestamptz not null default now(),
    check (planned_end_on is null or planned_end_on >= start_on),
    check (actual_end_on is null or actual_end_on >= start_on)
);
create index mission_freelancer on mission (freelancer_id);
create index mission_company on mission (company_id);

create table mission_participant (
    mission_id  uuid not null references mission (id),
    person_id   uuid not null references person (id),
    primary key (mission_id, person_id)
);
create index mission_participant_person on mission_participant (person_id);
