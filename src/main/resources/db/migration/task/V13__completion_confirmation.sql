-- Domain spec §2.5.7: where the office confirms completions, a unit's report of completion waits in
-- CHO_XAC_NHAN; the task counts as not completed until confirmed, and the confirmed completion date is the
-- date the unit reported.
create table task_setting (
    agency_id          bigint      primary key references agency (id),
    confirm_completion boolean     not null default false,
    version            integer     not null default 0,
    updated_by         text,
    updated_at         timestamptz
);

alter table task
    add column reported_on     date,
    add column reported_result text,
    add column reported_by     text,
    add constraint task_reported_only_while_waiting
        check (reported_on is null or (work_state = 'CHO_XAC_NHAN' and completed_on is null));

create index task_awaiting_confirmation_idx on task (agency_id, reported_on, id) where reported_on is not null;
