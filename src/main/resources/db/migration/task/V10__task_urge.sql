-- Urging (đôn đốc, domain spec §2.6.4): the office or a leader presses a task with a note; it stays in the
-- task's timeline.
create table task_urge (
    id        bigint generated always as identity primary key,
    task_id   bigint      not null references task (id) on delete cascade,
    urged_by  text        not null,
    note      text        not null,
    urged_at  timestamptz not null default now()
);
create index task_urge_task_idx on task_urge (task_id, urged_at);
