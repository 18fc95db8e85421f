-- A person's first employment has no start date: it covers all the time before their earliest move.
-- It used to carry the day the person was recorded, so a move dated earlier (history imported later) sorted
-- before it and the person seemed to go back to their old company on the day they were recorded.

alter table person_employment drop constraint person_employment_pkey;
alter table person_employment alter column from_date drop not null;

-- The employment each person was recorded with is the first one recorded (the earliest date among rows
-- recorded together).
update person_employment e set from_date = null
from (select distinct on (person_id) person_id, from_date
      from person_employment
      order by person_id, recorded_at, from_date) first_recorded
where e.person_id = first_recorded.person_id and e.from_date = first_recorded.from_date;

-- One employment per person and date, and one undated first employment at most.
alter table person_employment add constraint person_employment_once unique nulls not distinct (person_id, from_date);

-- Where each person works now: their latest dated move, else the employment they were recorded with.
update person p set company_id = latest.company_id
from (select distinct on (person_id) person_id, company_id
      from person_employment
      order by person_id, from_date desc nulls last) latest
where p.id = latest.person_id and p.company_id <> latest.company_id;

-- A client user's login follows the person to their current company.
update account a set company_id = p.company_id
from person p
where a.person_id = p.id and a.company_id is distinct from p.company_id;
