-- Several takes of one bucket in one call: a node gathers the takes of a key that arrive while its previous call
-- for that key is under way and makes them one call, so concurrent requests of one account no longer queue one by
-- one for the bucket row's lock. The same rules as throttle_take (V71): the first p_count takes, as far as every
-- limit has a whole token for each, are granted, in order; the others get the nanoseconds until every limit has a
-- token again (refused takes take nothing, exactly as the same takes made one after the other would).
create function throttle_take_many(p_key text, p_capacity double precision[], p_per_nano double precision[],
                                   p_now bigint, p_count integer, out granted integer, out wait_nanos bigint)
    language plpgsql as $$
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
    granted := p_count;
    for i in 1 .. cardinality(p_capacity) loop
        -- a billionth of a token of slack absorbs the rounding of the rates
        granted := least(granted, greatest(floor(v_tokens[i] + 1e-9), 0)::integer);
    end loop;
    wait_nanos := 0;
    if granted > 0 then
        for i in 1 .. cardinality(p_capacity) loop
            v_tokens[i] := greatest(v_tokens[i] - granted, 0);
            v_full := greatest(v_full, (p_capacity[i] - v_tokens[i]) / p_per_nano[i]);
        end loop;
        update throttle_budget set tokens = v_tokens, at_nanos = greatest(p_now, v_at),
            full_at_nanos = p_now + ceil(v_full)::bigint
        where key = p_key;
    end if;
    if granted < p_count then
        for i in 1 .. cardinality(p_capacity) loop
            if v_tokens[i] < 1 - 1e-9 then
                v_wait := greatest(v_wait, (1 - v_tokens[i]) / p_per_nano[i]);
            end if;
        end loop;
        wait_nanos := round(v_wait)::bigint; -- the nearest nanosecond: rates in floating point are off by far less
    end if;
end
$$;
