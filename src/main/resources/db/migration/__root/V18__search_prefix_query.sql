-- The text filter of the lists (tasks, directives): the words typed, in the normal form of search_normalize, all
-- required, the last one as the beginning of a word, the one being typed ("bao ca" finds "báo cáo"), matched
-- through the full-text indexes instead of reading every row of the agency. No word: null, which matches
-- nothing. (A prefix on every word would cost more: "so:*" has to merge every word beginning with "so".)
create function search_prefix_query(text) returns tsquery
    language sql immutable parallel safe strict as
$$
select to_tsquery('simple', string_agg(w, ' & ' order by n) || ':*')
from regexp_split_to_table(search_normalize($1), ' ') with ordinality as words(w, n)
where w <> ''
$$;
