create table go_direct_report (
    id                 uuid primary key,
    freelancer_id      uuid not null references freelancer (id),
    person_id          uuid references person (id),
    email              citext,
    asked_person_id    text,
    received_on        date not null,
    channel            text not null check (channel in ('EMAIL', 'PHONE', 'MEETING', 'MESSAGE', 'OTHER')),
    said               text,
    verdict            text not null check (verdict in ('PROTECTED', 'FREE')),
    protected_until    date,
    open_ended         boolean not null default false,
    free_from          date,
    status             text not null check (status in ('OPEN', 'CLOSED')),
    outcome            text check (outcome in ('NOT_PROTECTED', 'REMINDED', 'BROUGHT_ON_PLATFORM', 'BUYOUT', 'WAIVED', 'BREACH')),
    due_on             date,
    assignee_id        uuid references account (id),
    created_at         timestamptz not null default now(),
    first_action_at    timestamptz,
    closed_at          timestamptz,
    check ((status = 'OPEN') = (outcome is null))
);
create index report_freelancer on go_direct_report (freelancer_id, created_at desc);
create index report_open_due on go_direct_report (due_on) where status = 'OPEN';

-- A case's history: append-only, enforced by the database itself.
create table report_event (
    id            uuid primary key,
    report_id     uuid not null references go_direct_report (id),
    position      int not null,
    at            timestamptz not null default now(),
    actor_id      uuid references account (id),
    actor_name    text not null,
    kind          text not null,
    text          text,
    subject       text,
    body          text,
    data          jsonb not null default '{}',
    unique (report_id, position)
);

create function report_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'a case history entry is never changed or deleted';
end
$$;
create trigger report_event_append_only before update or delete on report_event
    for each row execute function report_event_is_append_only();

create table buyout (
    id                  uuid primary key,
    freelancer_id       uuid not null references freelancer (id),
    person_id           uuid references person (id),
    company_id          uuid references company (id),
    requested_on        date not null,
    requested_by        uuid not null references account (id),
    commission_rate     numeric(6, 4) not null,
    invoiced_amount     numeric(14, 2) not null,
    protected_until     date,
    open_ended          boolean not null,
    protection_months   int not null,
    remaining_days      int not null,
    computed_fee        numeric(14, 2) not null,
    override_fee        numeric(14, 2),
    override_reason     text,
    overridden_by       uuid references account (id),
    currency            char(3) not null default 'EUR',
    status              text not null check (status in ('QUOTED', 'PAID')),
    paid_on             date,
    release_id          text,
    report_id           uuid references go_direct_report (id),
    created_at          timestamptz not null default now(),
    check ((person_id is null) <> (company_id is null))
);
create index buyout_freelancer on buyout (freelancer_id);
