-- The throttles' token buckets (failed logins, verdicts, attestation checks) in a plain table changed by one
-- function call per request, instead of Bucket4j's serialized state under an advisory lock (four or five round
-- trips). Shared by every app node. Times are the throttle clock's epoch nanoseconds, given by the caller, so
-- tests can move that clock; rates are tokens per nanosecond, one per limit of the bucket.
create table throttle_budget (
    key           text             primary key check (length(key) <= 200),
    tokens        double precision[] not null,
    at_nanos      bigint           not null,
    -- when every limit is full again: the row may go then (a full bucket and no bucket are the same)
    full_at_nanos bigint           not null
);
create index throttle_budget_full on throttle_budget (full_at_nanos);

-- The tokens as they stand after elapsed_nanos of refilling, each limit up to its capacity.
create function throttle_refilled(tokens double precision[], capacity double precision[], per_nano double precision[],
                                  elapsed_nanos bigint) returns double precision[]
    language sql immutable as $$
    select array_agg(least(capacity[i], tokens[i] + elapsed_nanos * per_nano[i]) order by i)
    from generate_subscripts(capacity, 1) as i
$$;

-- Takes one token from every limit of the bucket, or none when one limit has less than a token: then returns
-- the nanoseconds until every limit has one (0 when taken). The row is locked until the caller's commit, so
-- concurrent takes of one key, on any node, are counted one after the other.
create function throttle_take(p_key text, p_capacity double precision[], p_per_nano double precision[], p_now bigint)
    returns bigint language plpgsql as $$
declare
    v_tokens double precision[];
    v_at     bigint;
    v_wait   double precision := 0;
    v_full   double precision := 0;
begin
    insert into throttle_budget (key, tokens, at_nanos, full_at_nanos) values (p_key, p_capacity, p_now, p_now)
    on conflict (key) do nothing;
    select tokens, at_nanos into v_tokens, v_at from throttle_budget where key = p_key for update;
    if cardinality(v_tokens) <> cardinality(p_capacity) then
        v_tokens := p_capacity; -- stored under other limits: start afresh
    else
        v_tokens := throttle_refilled(v_tokens, p_capacity, p_per_nano, greatest(p_now - v_at, 0));
    end if;
    for i in 1 .. cardinality(p_capacity) loop
        -- a billionth of a token of slack absorbs the rounding of the rates
        if v_tokens[i] < 1 - 1e-9 then
            v_wait := greatest(v_wait, (1 - v_tokens[i]) / p_per_nano[i]);
        end if;
    end loop;
    if v_wait > 0 then
        return round(v_wait)::bigint; -- the nearest nanosecond: rates in floating point are off by far less
    end if;
    for i in 1 .. cardinality(p_capacity) loop
        v_tokens[i] := greatest(v_tokens[i] - 1, 0);
        v_full := greatest(v_full, (p_capacity[i] - v_tokens[i]) / p_per_nano[i]);
    end loop;
    update throttle_budget set tokens = v_tokens, at_nanos = greatest(p_now, v_at), full_at_nanos = p_now + ceil(v_full)::bigint
    where key = p_key;
    return 0;
end
$$;

-- Gives one token back to every limit (up to its capacity), for something that turned out not to count.
create function throttle_give_back(p_key text, p_capacity double precision[], p_per_nano double precision[], p_now bigint)
    returns void language sql as $$
    update throttle_budget
    set tokens = (select array_agg(least(p_capacity[i], t[i] + 1) order by i)
                  from generate_subscripts(p_capacity, 1) as i,
                       throttle_refilled(tokens, p_capacity, p_per_nano, greatest(p_now - at_nanos, 0)) as t),
        at_nanos = greatest(p_now, at_nanos)
    where key = p_key and cardinality(tokens) = cardinality(p_capacity)
$$;

-- Bucket4j's table is no longer used.
drop table throttle_bucket;
