-- Relationships ending soon: the guard looks for missions whose window may end in a given span, by the day the
-- mission ended for the guard (its cancellation when earlier than its end, else its actual or planned end).
create index mission_guard_end on mission ((least(cancelled_on, coalesce(actual_end_on, planned_end_on))));

-- The weekly digest of relationships ending soon: one row per week (its Monday in Paris), written in the
-- transaction that queues the week's mails, so the digest goes out once whatever the number of nodes or runs.
create table ending_digest_week (
    week_of     date primary key,
    sent_at     timestamptz not null,
    recipients  int not null,
    listed      int not null
);
