-- The newest tasks of an agency, read from the index alone: search first looks for its matches among them
-- before asking the full-text index for every match of the agency (TaskSearch, docs/benchmarks.md, issue #7).
create index task_agency_newest_idx on task (agency_id, id) where not is_series;
