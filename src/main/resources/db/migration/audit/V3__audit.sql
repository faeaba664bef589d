create table audit_entry (
    id          bigint generated always as identity primary key,
    agency_id   bigint      not null,
    at          timestamptz not null default now(),
    actor       text        not null,
    entity_type text        not null,
    entity_id   bigint      not null,
    action      text        not null,
    field       text,
    old_value   text,
    new_value   text
);
create index audit_entry_entity_idx on audit_entry (agency_id, entity_type, entity_id, at);
