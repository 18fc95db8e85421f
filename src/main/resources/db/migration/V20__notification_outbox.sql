-- Append-only: a message is never edited or deleted; only its delivery columns move.
create table outbox_message (
    id               uuid primary key,
    recipient_email  citext not null,
    recipient_name   text,
    subject          text not null,
    body             text not null,
    cause            text not null,
    reference        text,
    created_at       timestamptz not null default now(),
    status           text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null default now(),
    last_error       text,
    sent_at          timestamptz
);
create index outbox_due on outbox_message (next_attempt_at) where status = 'PENDING';
create index outbox_created on outbox_message (created_at desc);

create table app_notification (
    id          uuid primary key,
    account_id  uuid not null references account (id),
    title       text not null,
    body        text not null,
    link        text,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index app_notification_account on app_notification (account_id, created_at desc);
