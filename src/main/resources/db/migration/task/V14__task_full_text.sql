-- Full-text matching of tasks and directives (issue #7, docs/benchmarks.md): a trigram condition on a word found
-- in a tenth of an agency's tasks rechecked every candidate row (0.7–2 s at a million tasks); the words' entries
-- of a full-text index are exact. The text is normalised as search_text is (a generated column cannot read
-- another), so the 'simple' configuration only splits it into words.
--
-- The index holds the agency too (btree_gin), so that a word found in a tenth of a million tasks yields the
-- user's agency's rows straight from the index instead of 100,000 rows to filter (450 → 35 ms). The agency must
-- then be compared as a bigint, as JDBC sends a Java long: an int4 literal cannot use btree_gin's int8 class.
create extension if not exists btree_gin;

alter table task add column search_vector tsvector
    generated always as (to_tsvector('simple', search_normalize(content || ' ' || coalesce(result, '')))) stored;
create index task_search_vector_idx on task using gin (agency_id, search_vector) where not is_series;

alter table directive add column search_vector tsvector
    generated always as (to_tsvector('simple', search_normalize(reference || ' ' || summary))) stored;
create index directive_search_vector_idx on directive using gin (agency_id, search_vector);

create trigger task_search_words_insert after insert on task
    referencing new table as added for each statement execute function add_search_words();
create trigger task_search_words_update after update on task
    referencing new table as added for each statement execute function add_search_words();
create trigger directive_search_words_insert after insert on directive
    referencing new table as added for each statement execute function add_search_words();
create trigger directive_search_words_update after update on directive
    referencing new table as added for each statement execute function add_search_words();

insert into search_word (word)
select distinct w from (select search_text from task union all select search_text from directive) as texts,
     regexp_split_to_table(texts.search_text, ' ') as w
where length(w) >= 2
on conflict do nothing;
