-- Who assigns tasks: UBND tỉnh, Chủ tịch UBND tỉnh, Tỉnh ủy, Bộ KH&CN, Giám đốc Sở… (a managed list per agency).
create table issuer (
    id         bigint generated always as identity primary key,
    agency_id  bigint  not null references agency (id),
    name       text    not null,
    sort_order int     not null default 0,
    active     boolean not null default true,
    version    int     not null default 0
);
create unique index issuer_name_uq on issuer (agency_id, lower(name));

create table attachment (
    id           bigint generated always as identity primary key,
    agency_id    bigint      not null references agency (id),
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);

create table directive (
    id               bigint generated always as identity primary key,
    agency_id        bigint      not null references agency (id),
    reference        text        not null,
    issued_on        date        not null,
    issuer_id        bigint      not null references issuer (id),
    kind             text        not null,
    summary          text        not null,
    issued_by_agency boolean     not null default false,
    received_on      date,
    attachment_id    bigint references attachment (id),
    version          int         not null default 0,
    created_by       text        not null,
    created_at       timestamptz not null default now()
);
create index directive_agency_issued_idx on directive (agency_id, issued_on desc, id desc);

create table task (
    id                   bigint generated always as identity primary key,
    agency_id            bigint      not null references agency (id),
    directive_id         bigint references directive (id),
    parent_id            bigint references task (id),
    -- A recurring task is a series; each of its periods is an occurrence row with its own due date and status.
    series_id            bigint references task (id),
    period_key           text,
    is_series            boolean     not null default false,
    issuer_id            bigint      not null references issuer (id),
    content              text        not null,
    lead_unit_id         bigint      not null references unit (id),
    assigned_on          date        not null,
    deadline_kind        text        not null,
    deadline_value       text,
    deadline_text        text,
    written_due          date,
    original_due         date,
    due_date             date,
    extended_on          date,
    work_state           text        not null,
    started_on           date,
    halted_on            date,
    completed_on         date,
    result               text,
    result_attachment_id bigint references attachment (id),
    version              int         not null default 0,
    created_by           text        not null,
    created_at           timestamptz not null default now()
);
create index task_unit_due_idx on task (agency_id, lead_unit_id, due_date nulls last, id) where not is_series;
create index task_assigned_idx on task (agency_id, assigned_on) where not is_series;
create index task_due_idx on task (agency_id, due_date) where not is_series and completed_on is null;
create index task_directive_idx on task (directive_id);
create index task_parent_idx on task (parent_id) where parent_id is not null;
create unique index task_series_period_uq on task (series_id, period_key) where series_id is not null;

create table task_support_unit (
    task_id bigint not null references task (id) on delete cascade,
    unit_id bigint not null references unit (id),
    primary key (task_id, unit_id)
);
create index task_support_unit_idx on task_support_unit (unit_id, task_id);

create table task_assignee (
    task_id   bigint not null references task (id) on delete cascade,
    person_id bigint not null references person (id),
    primary key (task_id, person_id)
);
create index task_assignee_person_idx on task_assignee (person_id, task_id);

create table task_progress (
    id            bigint generated always as identity primary key,
    task_id       bigint      not null references task (id) on delete cascade,
    reported_on   date        not null,
    author        text        not null,
    note          text        not null,
    percent       int check (percent between 0 and 100),
    attachment_id bigint references attachment (id),
    created_at    timestamptz not null default now()
);
create index task_progress_task_idx on task_progress (task_id, reported_on);

create table task_extension (
    id                 bigint generated always as identity primary key,
    task_id            bigint      not null references task (id) on delete cascade,
    requested_deadline date        not null,
    new_due            date        not null,
    previous_due       date,
    reason             text        not null,
    requested_by       text        not null,
    requested_at       timestamptz not null default now(),
    status             text        not null default 'PENDING',
    decided_by         text,
    decided_on         date,
    decision_note      text,
    after_overdue      boolean     not null default false
);
create index task_extension_task_idx on task_extension (task_id, decided_on);
create index task_extension_pending_idx on task_extension (status) where status = 'PENDING';

-- Official days off and working days of a year (nghỉ bù, đi làm bù), entered from the yearly notice; the rules
-- of BLLĐ 2019 Art. 111–112 pre-fill the rest. National, so shared by every agency of the deployment.
create table calendar_override (
    day        date primary key,
    off        boolean     not null,
    name       text        not null,
    updated_by text        not null,
    updated_at timestamptz not null default now()
);

-- The report bucket of a task on an as-of date (domain spec §2.5), the SQL twin of StatusRule.statusOf;
-- StatusRuleSqlTests checks that both agree. Inlined by the planner, so it costs nothing per row.
create function task_status(completed_on date, due date, started_on date, halted_on date, work_state text,
                            as_of date) returns text
    language sql immutable parallel safe as
$$
select case
           when completed_on is not null and completed_on <= as_of then
               case when due is null or completed_on <= due then 'HT_DUNG_HAN' else 'HT_QUA_HAN' end
           when halted_on is not null and halted_on <= as_of and work_state in ('TAM_DUNG', 'DUNG_THUC_HIEN')
               then work_state
           when due is not null and due < as_of then 'DANG_QUA_HAN'
           when started_on is null or started_on > as_of then 'CHUA_THUC_HIEN'
           else 'DANG_TRONG_HAN'
           end
$$;

-- The due date in force on an as-of date: an approved extension counts from the day it was decided
-- (domain spec §2.6.2–3: a pending request changes nothing; approval sets the due date used from then on).
create function task_due_as_of(task_id bigint, due_date date, extended_on date, original_due date, as_of date)
    returns date
    language sql stable parallel safe as
$$
select case
           when extended_on is null or extended_on <= as_of then due_date
           else coalesce((select e.new_due
                          from task_extension e
                          where e.task_id = task_due_as_of.task_id
                            and e.status = 'APPROVED'
                            and e.decided_on <= as_of
                          order by e.decided_on desc, e.id desc
                          limit 1), original_due)
           end
$$;
