create table agency (
    id          bigint generated always as identity primary key,
    name        text        not null,
    parent_name text,
    short_code  text,
    place       text,
    version     int         not null default 0,
    created_at  timestamptz not null default now()
);

create table unit (
    id         bigint generated always as identity primary key,
    agency_id  bigint      not null references agency (id),
    code       text        not null,
    name       text        not null,
    kind       text        not null,
    active     boolean     not null default true,
    version    int         not null default 0,
    created_at timestamptz not null default now()
);
create unique index unit_code_uq on unit (agency_id, upper(code));

create table person (
    id         bigint generated always as identity primary key,
    agency_id  bigint      not null references agency (id),
    unit_id    bigint references unit (id),
    full_name  text        not null,
    position   text,
    email      text,
    phone      text,
    active     boolean     not null default true,
    version    int         not null default 0,
    created_at timestamptz not null default now()
);
create index person_agency_idx on person (agency_id, unit_id);

create table account (
    id              bigint generated always as identity primary key,
    agency_id       bigint      not null references agency (id),
    username        text        not null,
    password_hash   text        not null,
    role            text        not null,
    person_id       bigint references person (id),
    active          boolean     not null default true,
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    version         int         not null default 0,
    created_at      timestamptz not null default now()
);
-- Usernames are unique across the deployment: one login page serves every agency.
create unique index account_username_uq on account (lower(username));
create index account_agency_idx on account (agency_id);
