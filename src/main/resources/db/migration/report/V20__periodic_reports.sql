-- Periodic reports (issue #5): templates of numbered sections, reports made from them for a period, the units'
-- written contributions, the kept DOCX of a finalised report, its number, and the signature settings.

create table report_template (
    id          bigint generated always as identity primary key,
    agency_id   bigint not null,
    code        text   not null,
    name        text   not null,
    subject     text   not null,
    period_kind text   not null,
    version     int    not null default 0,
    unique (agency_id, code)
);

-- A template's sections in reading order; depth 1 is "Phần I", 2 "I.", 3 "1.", 4 "a)". A section with an empty
-- heading continues its parent without a number of its own.
create table report_template_section (
    id          bigint generated always as identity primary key,
    template_id bigint not null references report_template (id) on delete cascade,
    position    int    not null,
    depth       int    not null check (depth between 1 and 4),
    heading     text   not null,
    kind        text   not null,
    unit_id     bigint,
    prompt      text,
    issuers     text
);
create index report_template_section_idx on report_template_section (template_id, position);

create table periodic_report (
    id            bigint generated always as identity primary key,
    agency_id     bigint      not null,
    template_id   bigint      not null references report_template (id),
    template_name text        not null,
    subject       text        not null,
    period_kind   text        not null,
    period_year   int         not null,
    period_number int         not null,
    period_from   date        not null,
    period_to     date        not null,
    period_label  text        not null,
    as_of         date        not null,
    state         text        not null default 'OPEN',
    number        int,
    number_year   int,
    issued_on     date,
    final_docx    bytea,
    final_at      timestamptz,
    final_by      text,
    created_by    text        not null,
    created_at    timestamptz not null default now(),
    version       int         not null default 0,
    search_text   text
);
create index periodic_report_agency_idx on periodic_report (agency_id, period_to desc, id desc);
create index periodic_report_search_idx on periodic_report using gin (search_text gin_trgm_ops);
create unique index periodic_report_number_idx on periodic_report (agency_id, number_year, number)
    where number is not null;

-- The sections of a report, copied from its template when the report is made (later template edits do not
-- change it), with the contribution written for each.
create table report_section (
    id           bigint generated always as identity primary key,
    report_id    bigint not null references periodic_report (id) on delete cascade,
    position     int    not null,
    depth        int    not null,
    heading      text   not null,
    kind         text   not null,
    unit_id      bigint,
    unit_name    text,
    prompt       text,
    issuers      text,
    body         text,
    state        text   not null default 'EMPTY',
    updated_by   text,
    updated_at   timestamptz,
    submitted_by text,
    submitted_at timestamptz,
    version      int    not null default 0
);
create index report_section_report_idx on report_section (report_id, position);
create index report_section_unit_idx on report_section (unit_id) where unit_id is not null;

-- Số of the reports (BC) an agency issues, from 01 each calendar year (NĐ 30/2020 Art. 15(1)).
create table report_number (
    agency_id bigint not null,
    year      int    not null,
    last      int    not null,
    primary key (agency_id, year)
);

create table report_settings (
    agency_id    bigint primary key,
    signer_title text   not null,
    signer_name  text,
    recipients   text   not null,
    version      int    not null default 0
);
