-- A state still held has no end: 'infinity' instead of null, so that "held at some point of a period" is one range
-- condition (left_on >= the period's start) an index can serve; and the events of a period by date, whatever
-- their kind.
update project_state_span set left_on = 'infinity' where left_on is null;
alter table project_state_span alter column left_on set default 'infinity';
alter table project_state_span alter column left_on set not null;
create index project_state_span_period_idx on project_state_span (agency_id, left_on, entered_on, project_id);
create index project_event_period_idx on project_event (agency_id, occurred_on);
