-- Billing (issue 12): activity reports, the invoices and credit notes they produce, their gap-free numbering,
-- and the Factur-X PDF of each, stored once.

create table activity_report (
    id                uuid primary key,
    mission_id        uuid not null references mission (id),
    freelancer_id     uuid not null references freelancer (id),
    company_id        uuid not null references company (id),
    month             date not null constraint activity_report_month_first check (extract(day from month) = 1),
    days              numeric(5, 1) not null constraint activity_report_days_halves check (days > 0 and days * 2 = trunc(days * 2)),
    note              text check (char_length(note) <= 2000),
    last              boolean not null default false,
    status            text not null constraint activity_report_status_known
                          check (status in ('SUBMITTED', 'VALIDATED', 'REJECTED', 'CANCELLED')),
    submitted_at      timestamptz not null,
    decided_by        uuid,
    decided_by_name   text,
    decided_at        timestamptz,
    purchase_order    text check (char_length(purchase_order) <= 100),
    rejection_reason  text check (char_length(rejection_reason) <= 2000),
    validation_note   text check (char_length(validation_note) <= 2000),
    validated_on      date,
    cancel_reason     text check (char_length(cancel_reason) <= 2000),
    cancelled_by      uuid,
    cancelled_by_name text,
    cancelled_at      timestamptz
);
-- One live report per mission and month: a rejected or cancelled one frees the month.
create unique index activity_report_one_per_month on activity_report (mission_id, month)
    where status in ('SUBMITTED', 'VALIDATED');
create index activity_report_freelancer on activity_report (freelancer_id, month desc);
create index activity_report_waiting on activity_report (mission_id) where status = 'SUBMITTED';

-- The short code of a freelancer's invoice series (AF-<code>-YYYY-NNNN), given once, never changed.
create table billing_freelancer_code (
    freelancer_id  uuid primary key references freelancer (id),
    code           text not null unique
);
create sequence billing_freelancer_code_seq;

-- One counter per series and year, locked in the issuing transaction: a rolled-back issue leaves no hole.
create table invoice_counter (
    series          text not null,
    year            int not null,
    last_number     int not null check (last_number >= 0),
    last_issued_on  date,
    primary key (series, year)
);

create table invoice (
    id                        uuid primary key,
    number                    text not null unique,
    series                    text not null,
    year                      int not null,
    sequence                  int not null check (sequence > 0),
    kind                      text not null check (kind in
                                  ('CLIENT', 'SELF_BILLED', 'CLIENT_CREDIT_NOTE', 'SELF_BILLED_CREDIT_NOTE', 'EARLY_PAYMENT_FEE')),
    issued_on                 date not null,
    due_on                    date not null,
    status                    text not null check (status in ('ISSUED', 'PARTIALLY_PAID', 'PAID', 'CANCELLED')),
    seller                    jsonb not null,
    buyer                     jsonb not null,
    purchase_order            text,
    period_from               date,
    period_to                 date,
    lines                     jsonb not null,
    currency                  char(3) not null,
    net                       numeric(14, 2) not null,
    vat                       numeric(14, 2) not null,
    total                     numeric(14, 2) not null,
    amount_due                numeric(14, 2) not null check (amount_due >= 0),
    mentions                  jsonb not null,
    vat_exemption_reason      text,
    credited_invoice_id       uuid references invoice (id),
    credited_invoice_number   text,
    credited_invoice_issued_on date,
    payee_iban                text,
    activity_report_id        uuid references activity_report (id),
    mission_id                uuid references mission (id),
    freelancer_id             uuid references freelancer (id),
    company_id                uuid references company (id),
    created_at                timestamptz not null default now(),
    constraint invoice_number_once unique (series, year, sequence)
);
create index invoice_report on invoice (activity_report_id);
create index invoice_company on invoice (company_id, issued_on desc);
create index invoice_freelancer on invoice (freelancer_id, issued_on desc);
create index invoice_issued on invoice (issued_on desc, number desc);
-- At most one credit note per invoice.
create unique index invoice_credited_once on invoice (credited_invoice_id) where credited_invoice_id is not null;

-- An issued invoice never changes: only its payment status and the amount still due move; it is never deleted.
create function invoice_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'an issued invoice cannot be deleted (%); issue a credit note', old.number
            using errcode = 'P0001';
    end if;
    if (to_jsonb(new) - 'status' - 'amount_due') is distinct from (to_jsonb(old) - 'status' - 'amount_due') then
        raise exception 'an issued invoice cannot be changed (%); issue a credit note', old.number
            using errcode = 'P0001';
    end if;
    return new;
end;
$$;
create trigger invoice_immutable before update or delete on invoice
    for each row execute function invoice_immutable();

-- The Factur-X PDF of an invoice, rendered once after the issue and served from here ever after.
create table invoice_document (
    invoice_id   uuid primary key references invoice (id),
    pdf          bytea not null,
    rendered_at  timestamptz not null default now()
);
create function invoice_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a stored invoice document never changes' using errcode = 'P0001';
end;
$$;
create trigger invoice_document_immutable before update or delete on invoice_document
    for each row execute function invoice_document_immutable();
create trigger invoice_no_truncate before truncate on invoice
    for each statement execute function append_only_refuses_truncate();
