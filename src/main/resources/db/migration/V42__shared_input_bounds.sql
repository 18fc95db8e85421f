-- Bounds on what comes from outside (issue 8, items 2 and 7).
--
-- Dates: a typed date lies between 1900-01-01 and 2199-12-31 (relais.shared.PlatformDates). A year 0 or a
-- year 10000 once took the guard down for everyone: PostgreSQL renders such a date as "0001-01-01 BC" or
-- "10000-01-01", which no date parser of the application reads. Dates the platform computes from typed ones (a
-- protection end, a due date) may lie a few years later, so they get until 2299-12-31.
-- Texts: every text typed from outside has a maximum length (relais.shared.TextRule and the services' checks);
-- the schema says the same so that no path around the checks stores a megabyte in an indexed column.
-- Rows recorded before these bounds are brought within them first (they could only come from the mistakes the
-- bounds prevent); a policy version with an impossible date is retired rather than moved.

-- Policy versions recorded by mistake are retired, not deleted: kept in the history, ignored from then on.
alter table policy_version
    add column retired_at       timestamptz,
    add column retired_by       uuid,
    add column retired_by_name  text check (char_length(retired_by_name) <= 200),
    add column retired_reason   text check (char_length(retired_reason) <= 2000),
    add constraint policy_version_retirement_whole check ((retired_at is null) = (retired_reason is null));
-- Only versions in force need distinct dates: a retired mistake must not block its correction.
alter table policy_version drop constraint policy_version_effective_from_key;
create unique index policy_version_effective_from_in_force on policy_version (effective_from) where retired_at is null;

update policy_version
set retired_at = now(), retired_by_name = 'Relais',
    retired_reason = 'Effective date ' || effective_from::text || ' outside 1900-01-01 to 2199-12-31',
    effective_from = least(greatest(effective_from, date '1900-01-01'), date '2199-12-31')
where effective_from not between date '1900-01-01' and date '2199-12-31';

create function pg_temp.within(day date, latest date) returns date language sql immutable as $$
    select least(greatest(day, date '1900-01-01'), latest)
$$;

update mission set agreed_on = pg_temp.within(agreed_on, '2199-12-31'), introduced_on = pg_temp.within(introduced_on, '2199-12-31'),
    start_on = pg_temp.within(start_on, '2199-12-31'), planned_end_on = pg_temp.within(planned_end_on, '2199-12-31'),
    actual_end_on = pg_temp.within(actual_end_on, '2199-12-31'), cancelled_on = pg_temp.within(cancelled_on, '2199-12-31')
where agreed_on not between '1900-01-01' and '2199-12-31' or introduced_on not between '1900-01-01' and '2199-12-31'
    or start_on not between '1900-01-01' and '2199-12-31' or planned_end_on not between '1900-01-01' and '2199-12-31'
    or actual_end_on not between '1900-01-01' and '2199-12-31' or cancelled_on not between '1900-01-01' and '2199-12-31';
update referral set referred_on = pg_temp.within(referred_on, '2199-12-31')
where referred_on not between '1900-01-01' and '2199-12-31';
update protection_release set effective_on = pg_temp.within(effective_on, '2199-12-31')
where effective_on not between '1900-01-01' and '2199-12-31';
update prior_relationship_claim set since = pg_temp.within(since, '2199-12-31')
where since not between '1900-01-01' and '2199-12-31';
update freelancer set contract_signed_on = pg_temp.within(contract_signed_on, '2199-12-31')
where contract_signed_on not between '1900-01-01' and '2199-12-31';
update go_direct_report set received_on = pg_temp.within(received_on, '2199-12-31'),
    protected_until = pg_temp.within(protected_until, '2299-12-31'), free_from = pg_temp.within(free_from, '2299-12-31'),
    due_on = pg_temp.within(due_on, '2299-12-31')
where received_on not between '1900-01-01' and '2199-12-31' or protected_until not between '1900-01-01' and '2299-12-31'
    or free_from not between '1900-01-01' and '2299-12-31' or due_on not between '1900-01-01' and '2299-12-31';
update buyout set requested_on = pg_temp.within(requested_on, '2199-12-31'), paid_on = pg_temp.within(paid_on, '2199-12-31'),
    protected_until = pg_temp.within(protected_until, '2299-12-31')
where requested_on not between '1900-01-01' and '2199-12-31' or paid_on not between '1900-01-01' and '2199-12-31'
    or protected_until not between '1900-01-01' and '2299-12-31';
-- person_employment.from_date is part of the primary key: a move of an impossible date is dropped when the
-- clamped day is already taken by another move of the same person.
delete from person_employment e
where e.from_date not between '1900-01-01' and '2199-12-31'
  and exists (select 1 from person_employment o where o.person_id = e.person_id
              and o.from_date = pg_temp.within(e.from_date, '2199-12-31') and o.from_date <> e.from_date);
update person_employment set from_date = pg_temp.within(from_date, '2199-12-31')
where from_date not between '1900-01-01' and '2199-12-31';

alter table policy_version add constraint policy_version_effective_from_range
    check (effective_from between date '1900-01-01' and date '2199-12-31');
alter table mission
    add constraint mission_agreed_on_range check (agreed_on between date '1900-01-01' and date '2199-12-31'),
    add constraint mission_introduced_on_range check (introduced_on between date '1900-01-01' and date '2199-12-31'),
    add constraint mission_start_on_range check (start_on between date '1900-01-01' and date '2199-12-31'),
    add constraint mission_planned_end_on_range check (planned_end_on between date '1900-01-01' and date '2199-12-31'),
    add constraint mission_actual_end_on_range check (actual_end_on between date '1900-01-01' and date '2199-12-31'),
    add constraint mission_cancelled_on_range check (cancelled_on between date '1900-01-01' and date '2199-12-31');
alter table referral add constraint referral_referred_on_range
    check (referred_on between date '1900-01-01' and date '2199-12-31');
alter table protection_release add constraint protection_release_effective_on_range
    check (effective_on between date '1900-01-01' and date '2199-12-31');
alter table prior_relationship_claim add constraint prior_relationship_claim_since_range
    check (since between date '1900-01-01' and date '2199-12-31');
alter table person_employment add constraint person_employment_from_date_range
    check (from_date between date '1900-01-01' and date '2199-12-31');
alter table freelancer add constraint freelancer_contract_signed_on_range
    check (contract_signed_on between date '1900-01-01' and date '2199-12-31');
alter table go_direct_report
    add constraint go_direct_report_received_on_range check (received_on between date '1900-01-01' and date '2199-12-31'),
    add constraint go_direct_report_protected_until_range check (protected_until between date '1900-01-01' and date '2299-12-31'),
    add constraint go_direct_report_free_from_range check (free_from between date '1900-01-01' and date '2299-12-31'),
    add constraint go_direct_report_due_on_range check (due_on between date '1900-01-01' and date '2299-12-31');
alter table buyout
    add constraint buyout_requested_on_range check (requested_on between date '1900-01-01' and date '2199-12-31'),
    add constraint buyout_paid_on_range check (paid_on between date '1900-01-01' and date '2199-12-31'),
    add constraint buyout_protected_until_range check (protected_until between date '1900-01-01' and date '2299-12-31');

-- Texts. Limits match the checks in the services: names and titles 200, e-mail addresses 254, one-line texts
-- 500, free texts 5000 (what a client said, case notes and reminders 10000, as the report module accepts).
update company_group set name = left(name, 200) where char_length(name) > 200;
update company set name = left(name, 200) where char_length(name) > 200;
update company set billing_address = left(billing_address, 500) where char_length(billing_address) > 500;
update person set full_name = left(full_name, 200) where char_length(full_name) > 200;
update freelancer set full_name = left(full_name, 200) where char_length(full_name) > 200;
update freelancer set title = left(title, 200) where char_length(title) > 200;
update mission set title = left(title, 200) where char_length(title) > 200;
update account set display_name = left(display_name, 200) where char_length(display_name) > 200;
update api_token set name = left(name, 200) where char_length(name) > 200;

alter table company_group add constraint company_group_name_length check (char_length(name) <= 200);
alter table company
    add constraint company_name_length check (char_length(name) <= 200),
    add constraint company_vat_number_length check (char_length(vat_number) <= 50),
    add constraint company_billing_address_length check (char_length(billing_address) <= 500),
    add constraint company_invoice_email_length check (char_length(invoice_email) <= 254);
alter table company_domain add constraint company_domain_length check (char_length(domain) <= 253);
alter table person add constraint person_full_name_length check (char_length(full_name) <= 200);
alter table person_email add constraint person_email_length check (char_length(email) <= 254);
alter table freelancer
    add constraint freelancer_full_name_length check (char_length(full_name) <= 200),
    add constraint freelancer_email_length check (char_length(email) <= 254),
    add constraint freelancer_iban_length check (char_length(iban) <= 50),
    add constraint freelancer_vat_number_length check (char_length(vat_number) <= 50),
    add constraint freelancer_title_length check (char_length(title) <= 200),
    add constraint freelancer_skills_length check (cardinality(skills) <= 100
        and char_length(array_to_string(skills, '')) <= 10000);
alter table mission add constraint mission_title_length check (char_length(title) <= 200);
alter table account
    add constraint account_email_length check (char_length(email) <= 254),
    add constraint account_display_name_length check (char_length(display_name) <= 200);
alter table api_token add constraint api_token_name_length check (char_length(name) <= 200);
alter table referral
    add constraint referral_note_length check (char_length(note) <= 5000),
    add constraint referral_declared_by_name_length check (char_length(declared_by_name) <= 200);
alter table protection_release
    add constraint protection_release_reason_length check (char_length(reason) <= 5000),
    add constraint protection_release_recorded_by_name_length check (char_length(recorded_by_name) <= 200);
alter table prior_relationship_claim
    add constraint prior_relationship_claim_description_length check (char_length(description) <= 5000),
    add constraint prior_relationship_claim_decided_by_name_length check (char_length(decided_by_name) <= 200),
    add constraint prior_relationship_claim_decision_reason_length check (char_length(decision_reason) <= 5000);
alter table go_direct_report
    add constraint go_direct_report_email_length check (char_length(email) <= 254),
    add constraint go_direct_report_asked_person_id_length check (char_length(asked_person_id) <= 254),
    add constraint go_direct_report_said_length check (char_length(said) <= 10000);
-- A case history is append-only: entries written before stay as they are (not valid = new entries only).
alter table report_event
    add constraint report_event_actor_name_length check (char_length(actor_name) <= 200) not valid,
    add constraint report_event_text_length check (char_length(text) <= 10000) not valid,
    add constraint report_event_subject_length check (char_length(subject) <= 500) not valid,
    add constraint report_event_body_length check (char_length(body) <= 20000) not valid;
alter table buyout add constraint buyout_override_reason_length check (char_length(override_reason) <= 5000);
alter table mission_message add constraint mission_message_author_name_length check (char_length(author_name) <= 200) not valid;
