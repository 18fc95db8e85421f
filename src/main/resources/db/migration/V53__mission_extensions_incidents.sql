-- After the start of a mission (issue 11): extensions (avenants) that add ordered days, and incidents that an
-- account manager handles. A mission's ordered days are its agreed days plus its accepted extensions' days; they
-- are summed when a mission is read, never stored twice.

create table mission_extension (
    id                uuid primary key,
    mission_id        uuid not null references mission (id),
    days              numeric(7, 1) not null check (days > 0 and days <= 10000),
    end_on            date check (end_on between date '1900-01-01' and date '2199-12-31'),
    status            text not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    proposed_by       uuid not null references account (id),
    proposed_by_name  text not null check (char_length(proposed_by_name) <= 200),
    proposed_at       timestamptz not null,
    decided_by        uuid references account (id),
    decided_by_name   text check (char_length(decided_by_name) <= 200),
    decided_at        timestamptz,
    purchase_order    text check (char_length(purchase_order) <= 100),
    decline_reason    text check (char_length(decline_reason) <= 2000),
    check ((status = 'PROPOSED') = (decided_at is null)),
    check (status <> 'DECLINED' or decline_reason is not null)
);
create index mission_extension_mission on mission_extension (mission_id, proposed_at);

create table mission_incident (
    id                uuid primary key,
    mission_id        uuid not null references mission (id),
    category          text not null check (category in ('QUALITY', 'DELAY', 'PAYMENT', 'BEHAVIOUR', 'OTHER')),
    description       text not null check (char_length(description) between 1 and 5000),
    status            text not null check (status in ('OPEN', 'CLOSED')),
    declared_by       uuid not null references account (id),
    declared_by_name  text not null check (char_length(declared_by_name) <= 200),
    declared_side     text not null check (declared_side in ('FREELANCER', 'CLIENT')),
    declared_at       timestamptz not null,
    assignee_id       uuid references account (id),
    assignee_name     text check (char_length(assignee_name) <= 200),
    resolution        text check (char_length(resolution) <= 5000),
    closed_by_name    text check (char_length(closed_by_name) <= 200),
    closed_at         timestamptz,
    check ((status = 'CLOSED') = (closed_at is not null and resolution is not null))
);
create index mission_incident_mission on mission_incident (mission_id, declared_at);
create index mission_incident_open on mission_incident (declared_at) where status = 'OPEN';

-- Internal notes of the account managers: never shown to the freelancer or the client.
create table mission_incident_note (
    id           uuid primary key,
    incident_id  uuid not null references mission_incident (id),
    author_id    uuid not null references account (id),
    author_name  text not null check (char_length(author_name) <= 200),
    text         text not null check (char_length(text) between 1 and 5000),
    written_at   timestamptz not null
);
create index mission_incident_note_incident on mission_incident_note (incident_id, written_at);
