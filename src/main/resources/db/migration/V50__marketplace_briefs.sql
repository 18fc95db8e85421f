-- A client's brief: what it needs, and the clock of the platform's promise (a shortlist within 48 working hours,
-- the due moment computed when it is submitted). Account managers read the queue of briefs waiting, by due time.
create table brief (
    id                uuid primary key,
    company_id        uuid not null references company (id),
    contact_id        uuid not null references person (id),
    title             text not null constraint brief_title_length check (char_length(title) between 1 and 120),
    description       text not null constraint brief_description_length check (char_length(description) between 1 and 5000),
    skills            text[] not null constraint brief_skills_count check (cardinality(skills) between 1 and 10),
    priority_skills   text[] not null default '{}' constraint brief_priority_skills_count check (cardinality(priority_skills) <= 3),
    languages         text[] not null default '{}' constraint brief_languages_codes check (cardinality(languages) <= 20
                          and array_to_string(languages, '') ~ '^([a-z]{2})*$'),
    start_on          date not null constraint brief_start_on_range check (start_on between date '1900-01-01' and date '2199-12-31'),
    duration_days     numeric(7, 1) not null constraint brief_duration_positive check (duration_days > 0),
    days_per_week     smallint not null constraint brief_days_per_week_range check (days_per_week between 1 and 5),
    work_mode         text not null constraint brief_work_mode_known check (work_mode in ('REMOTE', 'ONSITE', 'HYBRID')),
    location          text constraint brief_location_length check (char_length(location) <= 500),
    budget_day_rate   numeric(12, 2) constraint brief_budget_positive check (budget_day_rate > 0),
    currency          char(3) not null default 'EUR',
    profiles_wanted   smallint not null constraint brief_profiles_wanted_range check (profiles_wanted between 1 and 4),
    nda               boolean not null,
    status            text not null constraint brief_status_known check (status in ('SUBMITTED', 'SHORTLISTED', 'FILLED', 'CLOSED')),
    submitted_at      timestamptz not null,
    shortlist_due_at  timestamptz not null,
    shortlisted_at    timestamptz,
    closed_reason     text constraint brief_closed_reason_length check (char_length(closed_reason) <= 5000),
    submitted_by      uuid,
    created_at        timestamptz not null default now(),
    constraint brief_location_unless_remote check (work_mode = 'REMOTE' or location is not null)
);
create index brief_queue on brief (shortlist_due_at) where status in ('SUBMITTED', 'SHORTLISTED');
create index brief_company on brief (company_id, submitted_at desc);
