-- What invoicing needs (a postal address), the languages a freelancer works in (ISO 639-1 codes), and what the
-- marketplace's search for a brief reads: a full-text document (French configuration, accents ignored) and the
-- skills folded (lower case, no accents), each behind a GIN index so that matching and ranking stay in SQL.
alter table freelancer
    add column address text,
    add column languages text[] not null default '{}',
    add constraint freelancer_address_length check (char_length(address) <= 500),
    add constraint freelancer_languages_codes check (cardinality(languages) <= 20
        and array_to_string(languages, '') ~ '^([a-z]{2})*$');

create extension if not exists unaccent;

-- French stemming after the accents are taken away: "développeur" and "developpeur" are the same word.
create text search configuration relais_french (copy = french);
alter text search configuration relais_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

-- unaccent() is only stable (its dictionary could change); Relais never changes it, so the wrappers are immutable
-- and may feed generated columns and indexes.
create function relais_fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

create function relais_fold_all(values_ text[]) returns text[]
    language sql immutable parallel safe strict
    return array(select public.relais_fold(v) from unnest(values_) v);

create function freelancer_search_document(title text, skills text[]) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('public.relais_french'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('public.relais_french'::regconfig, coalesce(array_to_string(skills, ' '), '')), 'B');

alter table freelancer
    add column skill_keys text[] generated always as (public.relais_fold_all(skills)) stored,
    add column search_document tsvector generated always as (public.freelancer_search_document(title, skills)) stored;

create index freelancer_skill_keys on freelancer using gin (skill_keys);
create index freelancer_search_document on freelancer using gin (search_document);
create index freelancer_languages on freelancer using gin (languages);
