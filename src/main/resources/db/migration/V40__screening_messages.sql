-- Mission messages: the conversation between a mission's freelancer and its client participants, with the
-- screening verdict stored next to each message so the account managers' queue never re-screens history.
create table mission_message (
    id                 uuid primary key,
    mission_id         uuid not null references mission (id),
    author_account_id  uuid not null references account (id),
    author_role        text not null check (author_role in ('FREELANCER', 'CLIENT', 'ACCOUNT_MANAGER')),
    author_name        text not null,
    person_id          uuid references person (id),
    body               text not null check (length(body) between 1 and 5000),
    created_at         timestamptz not null default now(),
    flagged            boolean not null,
    categories         text[] not null default '{}',
    findings           jsonb not null default '[]',
    check (flagged = (cardinality(categories) > 0)),
    check ((author_role = 'CLIENT') = (person_id is not null))
);
create index mission_message_conversation on mission_message (mission_id, created_at);
create index mission_message_flagged on mission_message (created_at desc) where flagged;

-- What was said stays said: messages are never edited or deleted.
create function mission_message_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'a mission message is never changed or deleted';
end
$$;
create trigger mission_message_append_only before update or delete on mission_message
    for each row execute function mission_message_is_append_only();
