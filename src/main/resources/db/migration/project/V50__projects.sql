-- S&T projects (nhiệm vụ KH&CN) through their lifecycle (../shared/domain/st-projects.md, cited as §).

-- Host organisations (tổ chức chủ trì): external organisations, a managed list per agency.
create table project_host (
    id          bigint generated always as identity primary key,
    agency_id   bigint      not null references agency (id),
    name        text        not null,
    parent_name text,
    active      boolean     not null default true,
    version     int         not null default 0,
    created_at  timestamptz not null default now()
);
create unique index project_host_name_uq on project_host (agency_id, lower(name));

-- The project record (§3). Money in VND, integers.
create table project (
    id                  bigint generated always as identity primary key,
    agency_id           bigint      not null references agency (id),
    code                text        not null,
    title               text        not null,
    short_name          text,
    level               text        not null,
    programme           text,
    ntmn_management     text,
    department_role     text        not null,
    type                text        not null,
    origin              text,
    supplementary       boolean     not null default false,
    batch               text,
    assignment_method   text,
    lump_sum_method     text,
    field               text        not null,
    field_detail        text,
    proposer            text,
    managing_authority  text,
    host_id             bigint references project_host (id),
    host_parent         text,
    pi_name             text,
    pi_title            text,
    pi_affiliation      text,
    secretary           text,
    partners            text,
    locations           text,
    objectives          text,
    content             text,
    methods             text,
    start_year          int         not null,
    duration_months     int,
    start_on            date,
    end_on              date,
    extended_end_on     date,
    dossier_due_on      date,
    total_budget        bigint,
    state_budget        bigint,
    other_budget        bigint,
    lump_sum_budget     bigint,
    disbursed           bigint      not null default 0,
    refunded            bigint      not null default 0,
    unit_id             bigint references unit (id),
    officer_id          bigint references person (id),
    state               text        not null,
    state_since         date        not null,
    outcome             text,
    closed_from         text,
    rating              text,
    accepted_on         date,
    certificate_number  text,
    certificate_on      date,
    classified          boolean     not null default false,
    legal_regime        int         not null default 2013,
    version             int         not null default 0,
    created_by          text        not null,
    created_at          timestamptz not null default now(),
    constraint project_dates_ck check (end_on is null or start_on is null or end_on >= start_on),
    constraint project_money_ck check (disbursed >= 0 and refunded >= 0)
);
create unique index project_code_uq on project (agency_id, lower(code));
create index project_register_idx on project (agency_id, start_year desc, code);
create index project_state_idx on project (agency_id, state);
create index project_host_idx on project (host_id);
create index project_unit_idx on project (agency_id, unit_id);
-- Search without diacritics ("nam linh chi" finds "Nấm Linh chi"): an immutable fold, so that it can be indexed.
create function project_fold(value text) returns text
    language sql immutable parallel safe as
$$
select lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, '')))
$$;
create index project_search_trgm on project
    using gin (project_fold(code || ' ' || title || ' ' || coalesce(short_name, '')) gin_trgm_ops);

-- Kinh phí theo năm (§3 phan_bo_nam): the state budget (NSNN) allotted to each year.
create table project_budget_year (
    project_id   bigint not null references project (id) on delete cascade,
    year         int    not null,
    state_amount bigint not null check (state_amount >= 0),
    primary key (project_id, year)
);

-- Sản phẩm (§3): kind I (samples, materials, equipment), II (processes, software, maps, reports), III (papers,
-- books, training, IP filings).
create table project_product (
    id          bigint generated always as identity primary key,
    project_id  bigint not null references project (id) on delete cascade,
    kind        text   not null,
    name        text   not null,
    quantity    text,
    requirement text,
    sort_order  int    not null default 0
);
create index project_product_idx on project_product (project_id, sort_order);

-- Files of documents, kept in PostgreSQL so that a backup holds everything.
create table project_file (
    id           bigint generated always as identity primary key,
    agency_id    bigint      not null references agency (id),
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);

-- Văn bản (§3 van_ban[]): every closing document and every document of an event.
create table project_document (
    id          bigint generated always as identity primary key,
    agency_id   bigint      not null references agency (id),
    project_id  bigint      not null references project (id),
    kind        text        not null,
    number      text,
    issued_on   date        not null,
    signer      text,
    summary     text,
    file_id     bigint references project_file (id),
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index project_document_idx on project_document (project_id, issued_on);

-- The timeline: every transition (§4.2) and every event during execution and after (§4.3–4.5). An event counts
-- in the period that contains its document date (occurred_on, §6).
create table project_event (
    id           bigint generated always as identity primary key,
    agency_id    bigint      not null references agency (id),
    project_id   bigint      not null references project (id),
    category     text        not null,
    kind         text        not null,
    occurred_on  date        not null,
    from_state   text,
    to_state     text,
    outcome      text,
    document_id  bigint references project_document (id),
    amount       bigint,
    new_date     date,
    rating       text,
    reason       text,
    before_value text,
    after_value  text,
    note         text,
    quantity     int,
    warning      text,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now()
);
create index project_event_project_idx on project_event (project_id, occurred_on, id);
create index project_event_kind_idx on project_event (agency_id, kind, occurred_on);

-- How long a project stayed in each state: "managed in year Y" (§5) asks whether a project was in some state
-- at some point of Y. A state left on day D was held on D (left_on inclusive); the current state has no end.
create table project_state_span (
    id         bigint generated always as identity primary key,
    agency_id  bigint not null references agency (id),
    project_id bigint not null references project (id),
    state      text   not null,
    outcome    text,
    entered_on date   not null,
    left_on    date
);
create index project_state_span_project_idx on project_state_span (project_id, entered_on);
create index project_state_span_agency_idx on project_state_span (agency_id, state, entered_on);

-- Councils (hội đồng tư vấn) of a project: members, their votes or scores, the conclusion and the rating.
create table project_council (
    id                  bigint generated always as identity primary key,
    agency_id           bigint      not null references agency (id),
    project_id          bigint      not null references project (id),
    kind                text        not null,
    meeting_on          date        not null,
    decision_number     text,
    conclusion          text,
    rating              text,
    concluded           boolean     not null default false,
    minutes_document_id bigint references project_document (id),
    version             int         not null default 0,
    created_by          text        not null,
    created_at          timestamptz not null default now()
);
create index project_council_project_idx on project_council (project_id, meeting_on);
create index project_council_agency_idx on project_council (agency_id, meeting_on);

create table project_council_member (
    id           bigint generated always as identity primary key,
    council_id   bigint  not null references project_council (id) on delete cascade,
    name         text    not null,
    title        text,
    organisation text,
    role         text    not null,
    vote         text,
    score        numeric(5, 2),
    comment      text,
    sort_order   int     not null default 0
);
create index project_council_member_idx on project_council_member (council_id, sort_order);
