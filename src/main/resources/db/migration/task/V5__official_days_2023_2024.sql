-- Tết breaks of the official notices that differ from what the rules of BLLĐ 2019 pre-fill (domain spec §5.5):
-- 2023: 20/01–26/01 (the rules give 21–27); 2024: 08/02–14/02 (the rules give 09–15).
insert into calendar_override (day, off, name, updated_by) values
    ('2023-01-20', true, 'Tết Nguyên đán (thông báo chính thức)', 'system'),
    ('2023-01-27', false, 'Ngày làm việc (thông báo chính thức)', 'system'),
    ('2024-02-08', true, 'Tết Nguyên đán (thông báo chính thức)', 'system'),
    ('2024-02-15', false, 'Ngày làm việc (thông báo chính thức)', 'system');
