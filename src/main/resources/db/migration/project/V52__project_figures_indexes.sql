-- The figures of a year read the state spans and events of the period from their indexes alone (index-only scans):
-- what they test and count is in the index.
drop index project_state_span_period_idx;
create index project_state_span_period_idx on project_state_span (agency_id, left_on)
    include (entered_on, project_id, state, outcome);
create index project_state_span_not_carried_out_idx on project_state_span (project_id, entered_on)
    where state = 'DONG' and outcome = 'KHONG_TRIEN_KHAI';
drop index project_event_period_idx;
create index project_event_period_idx on project_event (agency_id, occurred_on)
    include (kind, project_id, amount, quantity);
