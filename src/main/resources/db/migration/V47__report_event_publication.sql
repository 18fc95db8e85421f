-- Spring Modulith's event publication registry (its 2.0 layout for PostgreSQL). A publication row is written in
-- the transaction that publishes the event, one per listener, and marked complete when that listener has run; rows
-- still incomplete at start are handed to their listeners again, so a crash between a cause and its reaction loses
-- nothing. Modulith's own schema initialization stays off: the schema is Flyway's alone.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

-- Modulith finds a publication again by its serialized event (equality only) and purges by completion date.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
