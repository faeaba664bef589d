-- The states held at the end of a period, each state's range of its own; the reported kinds of events with what
-- the figures add up, from the index alone.
drop index project_state_span_agency_idx;
create index project_state_span_state_idx on project_state_span (agency_id, state, left_on)
    include (entered_on, project_id);
drop index project_event_kind_idx;
create index project_event_kind_idx on project_event (agency_id, kind, occurred_on)
    include (project_id, rating, amount, quantity);
