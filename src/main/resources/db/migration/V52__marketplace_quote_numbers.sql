-- Devis numbers DEV-YYYY-NNNNN, one series per year without gaps: the counter row of the year is taken in the
-- shortlisting transaction (locked until it commits), so a rolled-back shortlist gives its number back.
create table quote_number_counter (
    year         integer primary key constraint quote_number_counter_year_range check (year between 1900 and 2199),
    last_number  integer not null constraint quote_number_counter_positive check (last_number > 0)
);
