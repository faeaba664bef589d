-- Which documents were imported, by the hash of their text, so that importing one again is flagged.
create table import_record (
    id           bigint generated always as identity primary key,
    agency_id    bigint      not null references agency (id),
    content_hash text        not null,
    file_name    text        not null,
    directive_id bigint      not null references directive (id),
    task_count   int         not null,
    imported_by  text        not null,
    imported_at  timestamptz not null default now()
);
create index import_record_hash_idx on import_record (agency_id, content_hash);
