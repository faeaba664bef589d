-- In-application notices (the bell), what reminders were sent (each exactly once), the e-mail outbox
-- (retried with back-off, never lost), and the per-agency reminder rules.
create table notification (
    id         bigint generated always as identity primary key,
    agency_id  bigint      not null,
    account_id bigint      not null,
    task_id    bigint,
    kind       text        not null,
    title      text        not null,
    body       text,
    created_at timestamptz not null default now(),
    read_at    timestamptz
);
create index notification_account_idx on notification (account_id, created_at desc);
create index notification_unread_idx on notification (account_id) where read_at is null;

create table reminder_sent (
    task_id    bigint      not null,
    account_id bigint      not null,
    step       text        not null,
    sent_at    timestamptz not null default now(),
    primary key (task_id, account_id, step)
);

create table digest_sent (
    account_id bigint not null,
    week       date   not null,
    primary key (account_id, week)
);

create table email_outbox (
    id              bigint generated always as identity primary key,
    agency_id       bigint      not null,
    to_address      text        not null,
    subject         text        not null,
    body            text        not null,
    created_at      timestamptz not null default now(),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    last_error      text
);
create index email_outbox_due_idx on email_outbox (next_attempt_at) where sent_at is null;

create table reminder_settings (
    agency_id               bigint primary key,
    days_before             int[] not null,
    overdue_every_work_days int   not null,
    version                 int   not null default 0
);

-- ShedLock: one instance at a time runs each scheduled job.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
