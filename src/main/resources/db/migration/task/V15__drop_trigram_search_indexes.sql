-- Tasks and directives are searched by full-text words since V14; their trigram indexes serve nothing any more
-- and cost every write (and, at a million tasks, hundreds of megabytes). search_text stays: it ranks the matches.
drop index task_search_idx;
drop index directive_search_idx;
