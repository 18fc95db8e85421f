-- Client person referrer_id recommended the freelancer to referred_id. Whether it counts is computed, never stored.
create table referral (
    id                   uuid primary key,
    freelancer_id        uuid not null references freelancer (id),
    referrer_id          uuid not null references person (id),
    referred_id          uuid not null references person (id),
    referred_on          date not null,
    note                 text,
    declared_by_role     text not null check (declared_by_role in ('FREELANCER', 'CLIENT', 'ACCOUNT_MANAGER')),
    declared_by_account  uuid,
    declared_by_name     text,
    recorded_at          timestamptz not null default now()
);
create index referral_freelancer on referral (freelancer_id);
create index referral_referred on referral (referred_id);

-- Protection ended early for one person or a whole company (append-only: a release is never edited).
create table protection_release (
    id                uuid primary key,
    freelancer_id     uuid not null references freelancer (id),
    person_id         uuid references person (id),
    company_id        uuid references company (id),
    kind              text not null check (kind in ('BUYOUT', 'WAIVER', 'PRIOR_RELATIONSHIP')),
    effective_on      date not null,
    reason            text not null,
    recorded_by       uuid,
    recorded_by_name  text,
    recorded_at       timestamptz not null default now(),
    check ((person_id is null) <> (company_id is null))
);
create index protection_release_freelancer on protection_release (freelancer_id);

-- A freelancer says they worked with a person before Relais introduced them; an account manager decides.
create table prior_relationship_claim (
    id               uuid primary key,
    freelancer_id    uuid not null references freelancer (id),
    person_id        uuid not null references person (id),
    since            date,
    description      text not null,
    status           text not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    declared_at      timestamptz not null default now(),
    decided_by       uuid,
    decided_by_name  text,
    decided_at       timestamptz,
    decision_reason  text,
    release_id       uuid references protection_release (id)
);
create index prior_relationship_claim_freelancer on prior_relationship_claim (freelancer_id);
create index prior_relationship_claim_pending on prior_relationship_claim (declared_at) where status = 'PENDING';
