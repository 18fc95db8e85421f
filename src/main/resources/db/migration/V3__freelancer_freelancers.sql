create table freelancer (
    id                  uuid primary key,
    full_name           text not null,
    email               citext not null unique,
    siret               char(14),
    iban                text,
    vat_status          text check (vat_status in ('LIABLE', 'FRANCHISE')),
    vat_number          text,
    contract_signed_on  date,
    title               text,
    skills              text[] not null default '{}',
    day_rate            numeric(12, 2),
    currency            char(3) not null default 'EUR',
    created_at          timestamptz not null default now()
);
create index freelancer_name on freelancer (lower(full_name));
