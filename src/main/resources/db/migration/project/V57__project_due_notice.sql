-- What is due on a project (DueRule) and was announced: each dated item once a few days ahead (SOON) and once when it
-- has passed (OVERDUE), whatever the number of instances running the morning job.
create table project_due_notice (
    project_id bigint      not null references project (id),
    item       text        not null,
    due_on     date        not null,
    step       text        not null,
    sent_at    timestamptz not null default now(),
    primary key (project_id, item, due_on, step)
);
