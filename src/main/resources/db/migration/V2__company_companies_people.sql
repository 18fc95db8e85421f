create table company_group (
    id    uuid primary key,
    name  text not null unique
);

create table company (
    id              uuid primary key,
    name            text not null,
    siren           char(9) not null unique,
    siret           char(14),
    vat_number      text,
    billing_address text,
    invoice_email   citext,
    po_required     boolean not null default false,
    group_id        uuid references company_group (id),
    created_at      timestamptz not null default now()
);
create index company_name on company (lower(name));

create table company_domain (
    domain      citext primary key,
    company_id  uuid not null references company (id)
);
create index company_domain_company on company_domain (company_id);

create table person (
    id          uuid primary key,
    full_name   text not null,
    company_id  uuid not null references company (id),
    created_at  timestamptz not null default now()
);
create index person_company on person (company_id);
create index person_name on person (lower(full_name));

create table person_email (
    email      citext primary key,
    person_id  uuid not null references person (id),
    position   int not null
);
create index person_email_person on person_email (person_id);

-- Dated employment history: the first row is where the person was when recorded; later rows are moves.
create table person_employment (
    person_id   uuid not null references person (id),
    company_id  uuid not null references company (id),
    from_date   date not null,
    recorded_at timestamptz not null default now(),
    primary key (person_id, from_date)
);
