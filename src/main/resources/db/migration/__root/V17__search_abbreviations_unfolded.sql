-- Abbreviations now unfold into their words, where they were the words' one spelling (issue #7): a text saying
-- "khoa học và công nghệ" was kept as "khcn", so "khoa hoc cong nghe" (without "và") or "cong nghe" found nothing
-- in it. Now "KH&CN", "KHCN" and "khoa học và công nghệ" all read "khoa hoc va cong nghe": a query of the
-- abbreviation needs every word of the phrase, a query of some of the words finds the abbreviation.
create or replace function search_normalize(text) returns text
    language sql immutable parallel safe strict as
$$
select regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
       regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           lower(f_unaccent($1)),
           'kh ?& ?cn|\mkhcn\M|\mkh-cn\M', ' khoa hoc va cong nghe ', 'g'),
           '\mubnd\M', ' uy ban nhan dan ', 'g'),
           '\mhdnd\M', ' hoi dong nhan dan ', 'g'),
           '\mtdc\M|\mtc ?dl ?cl\M', ' tieu chuan do luong chat luong ', 'g'),
           '\mshtt\M', ' so huu tri tue ', 'g'),
           '\matbx\M', ' an toan buc xa ', 'g'),
           '\mntmn\M', ' nong thon mien nui ', 'g'),
           '\mdmst\M', ' doi moi sang tao ', 'g'),
           '\mkh ?- ?tc\M|\mkhtc\M', ' ke hoach tai chinh ', 'g'),
           '\msxtn\M', ' san xuat thu nghiem ', 'g'),
           '[^a-z0-9]+', ' ', 'g')
$$;

-- Every normal form kept is computed again. Stored generated columns are not recomputed when their function
-- changes (PostgreSQL 16 cannot give them a new expression either): they are dropped and added again, one
-- rewrite of each table, and the full-text indexes built again (about two minutes per million tasks).
alter table task drop column search_vector, drop column search_text;
alter table task
    add column search_text text generated always as (search_normalize(content || ' ' || coalesce(result, ''))) stored,
    add column search_vector tsvector
        generated always as (to_tsvector('simple', search_normalize(content || ' ' || coalesce(result, '')))) stored;
create index task_search_vector_idx on task using gin (agency_id, search_vector) where not is_series;

alter table directive drop column search_vector, drop column search_text;
alter table directive
    add column search_text text generated always as (search_normalize(reference || ' ' || summary)) stored,
    add column search_vector tsvector
        generated always as (to_tsvector('simple', search_normalize(reference || ' ' || summary))) stored;
create index directive_search_vector_idx on directive using gin (agency_id, search_vector);

-- Projects and periodic reports (whose tables come later in a new database) are computed again by
-- project/V58 and report/V22.

insert into search_word (word)
select distinct w from (select search_text from task union all select search_text from directive) as texts,
     regexp_split_to_table(texts.search_text, ' ') as w
where length(w) >= 2
on conflict do nothing;
