-- What search matches in tasks and directives, kept in the normal form of search_normalize, with trigram
-- indexes so that each word of a query, even mistyped, is found without reading every row.
alter table task add column search_text text
    generated always as (search_normalize(content || ' ' || coalesce(result, ''))) stored;
create index task_search_idx on task using gin (search_text gin_trgm_ops);

alter table directive add column search_text text
    generated always as (search_normalize(reference || ' ' || summary)) stored;
create index directive_search_idx on directive using gin (search_text gin_trgm_ops);
