-- Attestations: a verdict turned into a dated record. What it states is written once and never changes: the
-- verdict of its day in both languages, the policy version, who asked and about whom as they could name them, and
-- the PDF as it was issued. The verification code itself is never stored, only its SHA-256.
create table attestation (
    id                 uuid primary key,
    code_hash          bytea not null unique check (length(code_hash) = 32),
    issued_at          timestamptz not null,
    issued_on          date not null,
    asked_on           date not null,
    language           text not null check (language in ('fr', 'en')),
    asked_by           uuid not null,
    asked_by_name      text not null,
    asked_by_role      text not null check (asked_by_role in ('FREELANCER', 'ACCOUNT_MANAGER')),
    freelancer_id      uuid not null,
    freelancer_name    text not null,
    person_name        text,
    asked_about_email  text,
    verdict            text not null check (verdict in ('PROTECTED', 'FREE')),
    protected_until    date,
    open_ended         boolean not null,
    free_from          date,
    policy_number      integer,
    policy_effective_from date,
    policy_protection_months integer,
    statements         jsonb not null,
    pdf                bytea not null
);

create index attestation_asker_issued on attestation (asked_by, issued_at desc);
create index attestation_issued on attestation (issued_at desc);

create function attestation_is_a_record() returns trigger language plpgsql as $$
begin
    raise exception 'an attestation is never changed or deleted' using errcode = 'P0001';
end $$;

create trigger attestation_is_a_record before update or delete on attestation
    for each row execute function attestation_is_a_record();

create trigger attestation_no_truncate before truncate on attestation
    for each statement execute function append_only_refuses_truncate();
