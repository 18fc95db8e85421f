-- The guard's facts stamps join the node feed (V74): each node keeps in memory where each freelancer's facts stand
-- (generation, epoch) and the freelancer's name, and answers a verdict without reading them while its lease holds.
-- So whatever moves a stamp, or renames a freelancer, tells every node to forget it when it commits. The triggers
-- sit on the stamp tables themselves, so a script that bumps a generation or the epoch by hand is heard too.

create trigger guard_generation_moved after insert or update or delete on guard_generation
    for each row execute function node_forget_row('guard', 'freelancer_id');

create function guard_epoch_moved() returns trigger language plpgsql as $$
begin
    perform node_forget('guard-epoch:all');
    return null;
end
$$;

create trigger guard_epoch_moved after update on guard_epoch
    for each statement execute function guard_epoch_moved();

create trigger guard_freelancer_renamed after update of full_name or delete on freelancer
    for each row execute function node_forget_row('guard', 'id');
