-- Index-only reads for the dashboard and the lists of an open status, at a million tasks (issue #7,
-- docs/benchmarks.md).

-- The on-time chart counts, month by month, the tasks due in the last twelve months (TaskTrends): about 20,000
-- rows in an agency of 100,000 tasks, each read from the table for four columns. With them in the index that
-- serves the lists by due date, the chart reads about 200 index pages instead of 20,000 table pages. Same key
-- as in V6, so the lists' plans do not change.
drop index task_agency_due_idx;
create index task_agency_due_idx on task (agency_id, due_date nulls last, id)
    include (lead_unit_id, parent_id, halted_on, completed_on) where not is_series;

-- A list of one open status (overdue, in time, not started, halted) judges every task of the agency not
-- completed by the as-of date: 22,000 of 100,000, scattered over 5,000 table pages. TaskQueries asks for them
-- as coalesce(completed_on, 'infinity') > :asOf, one range of this index, which holds every column the
-- judgement needs (TaskQueries.CANDIDATES).
create index task_open_idx on task (agency_id, coalesce(completed_on, 'infinity'::date))
    include (id, assigned_on, directive_id, lead_unit_id, completed_on, started_on, halted_on, work_state,
             due_date, extended_on, original_due)
    where not is_series;
