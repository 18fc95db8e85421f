-- A freelancer's referral declaration, kept as typed until the referrer (a client person) or an account manager
-- confirms it. Only a confirmation writes a row into referral, so the guard's facts (read from referral alone) never
-- see an unconfirmed declaration, and the referral triggers bump the freelancer's generation at that moment.
-- referred_id is kept as given, without a foreign key: it may name nobody, and the freelancer must not learn that.
create table referral_declaration (
    id                     uuid primary key,
    freelancer_id          uuid not null references freelancer (id),
    referrer_id            uuid not null references person (id),
    referred_email         citext check (length(referred_email) <= 254),
    referred_id            uuid,
    referred_on            date not null check (referred_on between date '1900-01-01' and date '2199-12-31'),
    note                   text check (length(note) <= 2000),
    status                 text not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'DECLINED')),
    declared_by_account    uuid,
    declared_by_name       text,
    declared_at            timestamptz not null default now(),
    -- The referrer said yes, but the referred person could not be confirmed by them (unknown, or outside their
    -- company and group): an account manager decides.
    referrer_confirmed_at  timestamptz,
    decided_by_role        text check (decided_by_role in ('CLIENT', 'ACCOUNT_MANAGER')),
    decided_by_account     uuid,
    decided_by_name        text,
    decided_at             timestamptz,
    decision_reason        text check (length(decision_reason) <= 2000),
    referral_id            uuid references referral (id),
    -- SHA-256 (hex) of the e-mail link's token; cleared once the declaration is decided, so a link works once.
    token_hash             text unique,
    check ((referred_email is null) <> (referred_id is null)),
    check ((status = 'PENDING') = (decided_at is null)),
    check ((status = 'CONFIRMED') = (referral_id is not null))
);
create index referral_declaration_freelancer on referral_declaration (freelancer_id, declared_at desc);
create index referral_declaration_referrer on referral_declaration (referrer_id) where status = 'PENDING';
create index referral_declaration_pending on referral_declaration (declared_at) where status = 'PENDING';
