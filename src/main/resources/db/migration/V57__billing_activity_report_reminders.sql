-- The reminders sent to silent clients about an activity report waiting for them (3 and 7 days after its
-- submission): one row per report and step, written in the transaction that queues the mails, so a step is sent once.
create table activity_report_reminder (
    activity_report_id  uuid not null references activity_report (id),
    step_days           int not null check (step_days > 0),
    sent_at             timestamptz not null,
    recipients          int not null check (recipients >= 0),
    primary key (activity_report_id, step_days)
);
