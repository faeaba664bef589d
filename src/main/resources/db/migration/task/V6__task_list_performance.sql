-- Task lists and counts at a million tasks (issue #3, docs/benchmarks.md).

-- task_due_as_of, same result as in V4, written so that PostgreSQL inlines it: a function whose body holds a
-- subquery is never inlined, and was called once per row of every list and count (about 16 µs each: 1.6 s
-- for the 100,000 tasks of one agency). The history of extensions is read only for a task extended after
-- the as-of date, through the helper below.
create function task_due_from_extensions(task_id bigint, original_due date, as_of date) returns date
    language sql stable parallel safe as
$$
select coalesce((select e.new_due
                 from task_extension e
                 where e.task_id = task_due_from_extensions.task_id
                   and e.status = 'APPROVED'
                   and e.decided_on <= as_of
                 order by e.decided_on desc, e.id desc
                 limit 1), original_due)
$$;

create or replace function task_due_as_of(task_id bigint, due_date date, extended_on date, original_due date,
                                          as_of date)
    returns date
    language sql stable parallel safe as
$$
select case
           when extended_on is null or extended_on <= as_of then due_date
           else task_due_from_extensions(task_id, original_due, as_of)
           end
$$;

-- A status other than the two "completed" ones needs a task without a completion by the as-of date
-- (TaskQueries adds that condition): the open tasks of an agency, read from here instead of all its tasks.
create index task_completed_idx on task (agency_id, completed_on) where not is_series;

-- A list by due date takes its first rows in this order (TaskQueries.EARLIEST_DUE) instead of sorting every
-- task of the agency; task_unit_due_idx does the same for one lead unit.
create index task_agency_due_idx on task (agency_id, due_date nulls last, id) where not is_series;

-- The tasks extended after an as-of date are read apart by that list (and their due date then looked up in
-- task_extension): few, found here instead of among all the agency's tasks.
create index task_extended_idx on task (agency_id, extended_on) where extended_on is not null and not is_series;
