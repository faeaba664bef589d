-- A directive's number and symbol are unique within its year (NĐ 30/2020, Art. 15(1)); the service checks
-- first for a clear message, this index closes the race between two registrations at the same moment.
create unique index directive_reference_year_uq
    on directive (agency_id, lower(reference), extract(year from issued_on));
