-- The year's figures read projects and events from indexes alone: projects not closed before the year (by their
-- closing day, 'infinity' while open) with what the figures group by; events of a kind with their project.
drop index project_managed_idx;
create index project_managed_idx on project (agency_id, (coalesce(closed_on, 'infinity'::date)))
    include (start_year, managed_from, closed_on, outcome, level, programme, department_role, field, unit_id);
drop index project_event_kind_idx;
create index project_event_kind_idx on project_event (agency_id, kind, occurred_on) include (project_id, rating);
