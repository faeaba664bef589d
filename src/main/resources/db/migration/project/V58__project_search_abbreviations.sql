-- The search text in the normal form of __root/V17 (abbreviations unfolded into their words); the row trigger
-- project_search_text computes it again.
update project set host_id = host_id;
