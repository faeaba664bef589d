-- A notice links to what it is about: a task, a report, a project, a list (a path inside the application).
alter table notification add column link text;
update notification set link = '/tasks/' || task_id where task_id is not null;
