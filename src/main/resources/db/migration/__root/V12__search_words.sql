-- The words of everything searchable, in the normal form of search_normalize (issue #7). Matching goes by
-- exact words through full-text indexes; a typed word that is in no text is corrected against this list, which
-- stays small (the distinct words of a Department's texts), by trigram similarity.
create table search_word (
    word text primary key
);
create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);

-- For statement-level triggers whose transition table is named "added" and has a search_text column.
create function add_search_words() returns trigger
    language plpgsql as
$$
begin
    insert into search_word (word)
    select distinct w from added, regexp_split_to_table(added.search_text, ' ') as w
    where length(w) >= 2
    on conflict do nothing;
    return null;
end
$$;
