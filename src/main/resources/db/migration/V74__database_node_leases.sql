-- Node leases and the change feed (docs/security.md, "Node leases"). A node answers from its memory (a token, an
-- account) only while its lease is valid; it renews the lease every second, for three, and reports in the same
-- row the last barrier it has heard. A change that must hold at once on every node is followed by a barrier: its
-- writer answers once every node with a valid lease has heard that barrier, or once the lease has run out.
create table node_lease (
    node_id       uuid primary key,
    valid_until   timestamptz not null,
    heard_barrier bigint not null
);

-- Barriers are numbered after the change they follow has committed, so hearing barrier N means having heard every
-- change committed before N was numbered (notifications arrive in commit order).
create sequence node_barrier;

-- What every node must forget, sent when the change commits, whoever made it (Relais or an SQL script). The note
-- local to the transaction tells Relais, just before its commit, to wait for every node once committed.
create function node_forget(what text) returns void language plpgsql as $$
begin
    perform pg_notify('relais_nodes', what);
    perform set_config('relais.nodes_told', 'yes', true);
end
$$;

-- One trigger function for every table of the feed: its arguments name the topic and the column that says what to
-- forget ('token', 'token_hash' sends 'token:<hash>'). An insert names its new row; an update or a delete the old
-- one, which has the same key unless the key itself moved (then the old key is the one nodes remember).
create function node_forget_row() returns trigger language plpgsql as $$
begin
    perform node_forget(tg_argv[0] || ':'
        || (to_jsonb(case when tg_op = 'INSERT' then new else old end) ->> tg_argv[1]));
    return null;
end
$$;

-- Only what a Bearer check reads: a token's use written once a minute changes nothing a node remembers.
create trigger api_token_changed after update of revoked_at, token_hash, account_id or delete on api_token
    for each row execute function node_forget_row('token', 'token_hash');

create trigger account_changed after update or delete on account
    for each row execute function node_forget_row('account', 'id');
