-- Append-only tables already refuse UPDATE and DELETE row by row; TRUNCATE fires no row trigger, so it is refused
-- by a statement trigger of its own.
create function append_only_refuses_truncate() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: it is never emptied', tg_table_name;
end $$;

create trigger report_event_no_truncate before truncate on report_event
    for each statement execute function append_only_refuses_truncate();

create trigger mission_message_no_truncate before truncate on mission_message
    for each statement execute function append_only_refuses_truncate();
