-- One place for the taking rule: throttle_take (V71) becomes a take of one through throttle_take_many (V72), which
-- grants one token when every limit has a whole one and otherwise answers the nanoseconds until it has, exactly
-- as throttle_take did. The application calls throttle_take_many; throttle_take stays for a node of an older
-- build during a rolling upgrade.
create or replace function throttle_take(p_key text, p_capacity double precision[], p_per_nano double precision[],
                                         p_now bigint)
    returns bigint language sql as $$
    select wait_nanos from throttle_take_many(p_key, p_capacity, p_per_nano, p_now, 1)
$$;
