create extension if not exists citext;

create table account (
    id              uuid primary key,
    email           citext not null unique,
    password_hash   text not null,
    role            text not null check (role in ('FREELANCER', 'CLIENT', 'ACCOUNT_MANAGER')),
    display_name    text not null,
    language        text not null default 'fr' check (language in ('fr', 'en')),
    company_id      uuid,
    person_id       uuid,
    freelancer_id   uuid,
    failed_logins   int not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    check (role <> 'CLIENT' or (company_id is not null and person_id is not null)),
    check (role <> 'FREELANCER' or freelancer_id is not null)
);

create table api_token (
    id            uuid primary key,
    account_id    uuid not null references account (id),
    name          text not null,
    token_hash    text not null unique,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_account on api_token (account_id);
