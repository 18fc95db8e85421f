-- Every protected stretch of every (freelancer, person) pair, computed by the guard's engine and kept beside the
-- stamp (generation, epoch) of the facts it was computed from. Like guard_facts, rows are only trusted while their
-- stamp is current: the list of relationships ending soon recomputes stale freelancers before it reads, so a
-- stretch here can be late but never wrong when read.
create table guard_stretch (
    freelancer_id  uuid not null,
    person_id      uuid not null,
    from_date      date not null,
    until_date     date,
    primary key (freelancer_id, person_id, from_date)
);

-- "Which stretches end between two days": the ending list's one question.
create index guard_stretch_until on guard_stretch (until_date) where until_date is not null;

create table guard_stretch_stamp (
    freelancer_id  uuid primary key,
    generation     bigint not null,
    epoch          bigint not null
);
