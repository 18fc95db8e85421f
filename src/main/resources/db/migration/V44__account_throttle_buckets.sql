-- Token buckets of the request and login throttles, shared by every app node. The layout is the one Bucket4j's
-- PostgreSQL proxy manager (advisory-lock flavour, with expiry) reads and writes: the key, the serialized bucket
-- state, when the row may go (epoch milliseconds: the bucket is full again by then) and the advisory lock id.
-- Keys are short and never carry an e-mail address in clear (login keys are hashed).
create table throttle_bucket (
    id             text primary key check (length(id) <= 200),
    state          bytea not null,
    expires_at     bigint,
    explicit_lock  bigint
);
create index throttle_bucket_expiry on throttle_bucket (expires_at);

-- Logins are no longer locked per account (anyone could lock anyone out); throttling moved to the buckets above.
alter table account drop column failed_logins, drop column locked_until;
