-- "Managed in year Y" (§5) on the project row itself: from the day it first entered a managed state (selection
-- onwards) to the day it closed. Once managed, a project stays in managed states until it closes, so the interval
-- is exact, except for a record reopened by an administrator, which counts as managed between its closing and its
-- reopening. Kept by ProjectService with every transition; the state spans keep the full history.
alter table project add column managed_from date;
alter table project add column closed_on date;
update project p set managed_from = (select min(s.entered_on) from project_state_span s
                                     where s.project_id = p.id and s.state not in ('DE_XUAT', 'DONG'));
update project p set closed_on = p.state_since where p.state = 'DONG';
create index project_managed_idx on project (agency_id, start_year) include (managed_from, closed_on, outcome);
create index project_state_span_proposal_idx on project_state_span (project_id, entered_on) where state = 'DE_XUAT';
