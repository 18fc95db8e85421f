-- Money in and out (issue 14): client payments on platform invoices, imported bank statements and their lines,
-- reminders to late payers, payouts to freelancers and the SEPA transfers that carry them.

-- A bank statement (camt.053) imported once: its message and statement ids identify it, so a second import of the
-- same file records nothing.
create table bank_statement (
    id              uuid primary key,
    message_id      text not null check (char_length(message_id) <= 35),
    statement_id    text not null check (char_length(statement_id) <= 35),
    account_iban    text,
    version         text not null,
    imported_by     uuid not null,
    imported_at     timestamptz not null,
    constraint bank_statement_once unique (message_id, statement_id)
);

-- One credit line of a statement: matched to invoices (its payments point at it) or left for a person to settle.
create table bank_statement_line (
    id              uuid primary key,
    statement_id    uuid not null references bank_statement (id),
    position        int not null check (position > 0),
    amount          numeric(14, 2) not null check (amount > 0),
    currency        char(3) not null,
    booked_on       date not null,
    remittance      text,
    debtor_name     text,
    entry_reference text,
    settled_at      timestamptz,
    settled_by      uuid,
    settlement_note text check (char_length(settlement_note) <= 2000),
    constraint bank_statement_line_once unique (statement_id, position)
);
create index bank_statement_line_unsettled on bank_statement_line (booked_on) where settled_at is null;

-- A payment received on a platform invoice: recorded by hand or from a statement line. Append-only.
create table payment (
    id                 uuid primary key,
    invoice_id         uuid not null references invoice (id),
    amount             numeric(14, 2) not null check (amount > 0),
    currency           char(3) not null,
    paid_on            date not null,
    reference          text check (char_length(reference) <= 140),
    statement_line_id  uuid references bank_statement_line (id),
    recorded_by        uuid,
    recorded_at        timestamptz not null
);
create index payment_invoice on payment (invoice_id);
create index payment_paid_on on payment (paid_on);
create index payment_statement_line on payment (statement_line_id) where statement_line_id is not null;
create trigger payment_no_truncate before truncate on payment
    for each statement execute function append_only_refuses_truncate();

-- The reminders sent to a company about its overdue invoices (due date + 7 and + 30 days): one row per invoice and
-- step, written in the transaction that queues the mail, so a step is sent once whatever the number of nodes.
create table dunning_reminder (
    invoice_id  uuid not null references invoice (id),
    step_days   int not null check (step_days > 0),
    sent_at     timestamptz not null,
    penalties   numeric(14, 2) not null check (penalties >= 0),
    primary key (invoice_id, step_days)
);

-- A SEPA credit transfer file (pain.001.001.09) carrying every payout payable when it was issued.
create table transfer (
    id              uuid primary key,
    message_id      text not null unique check (char_length(message_id) <= 35),
    payout_count    int not null check (payout_count > 0),
    total           numeric(14, 2) not null check (total > 0),
    currency        char(3) not null,
    requested_on    date not null,
    issued_by       uuid not null,
    issued_at       timestamptz not null,
    executed_on     date,
    confirmed_by    uuid,
    confirmed_at    timestamptz
);

-- What the platform owes a freelancer for one self-billed invoice: WAITING until the client invoice is fully paid
-- (or an early payment), PAYABLE, SENT in a transfer, PAID once the bank executed it.
create table payout (
    id                  uuid primary key,
    invoice_id          uuid not null unique references invoice (id),
    freelancer_id       uuid not null references freelancer (id),
    amount              numeric(14, 2) not null check (amount > 0),
    currency            char(3) not null,
    status              text not null check (status in ('WAITING', 'PAYABLE', 'SENT', 'PAID')),
    due_on              date,
    payable_since       date,
    early_payment_fee   numeric(14, 2) check (early_payment_fee > 0),
    fee_invoice_id      uuid unique references invoice (id),
    early_payment_at    timestamptz,
    transfer_id         uuid references transfer (id),
    paid_on             date,
    created_at          timestamptz not null default now(),
    constraint payout_fee_with_invoice check ((early_payment_fee is null) = (fee_invoice_id is null))
);
create index payout_freelancer on payout (freelancer_id, created_at desc);
create index payout_payable on payout (due_on) where status = 'PAYABLE';
create index payout_transfer on payout (transfer_id) where transfer_id is not null;
