-- Benchmark data (issue #3): agencies × 10 units, people and accounts, the default issuers, directives and
-- tasks over the last four years, with their support units, assignees and extensions. Set-based: every table
-- is filled by one INSERT … SELECT over generate_series inside PostgreSQL. Deterministic: every "random"
-- choice is a hash of the row's number, so two runs give the same data (relative to the day they run).
--
-- psql variables (bench/tasks.sh sets them):
--   agencies   number of agencies (34)
--   tasks      tasks in all (1000000)
--   big_tasks  tasks of the first agency, the "big" one (100000); the others share the rest evenly
--   password   the bcrypt hash ({bcrypt}…) given to every account
--
-- Column meanings follow V4__tasks.sql and TaskService/AssignedTask: original_due is the written due date
-- moved to a working day (here: only weekends are skipped), due_date the due date in force (the last
-- approved extension), extended_on the day that extension was decided; started_on is the assignment day
-- unless the task was set back to "not started"; halted_on and work_state TAM_DUNG/DUNG_THUC_HIEN go together;
-- a completed task has completed_on, work_state HOAN_THANH and its result document.
\set ON_ERROR_STOP on
\timing on

begin;

-- u(k, salt): a uniform number in [0, 1) drawn from the key k; inlined by the planner, so cheap.
create function pg_temp.u(k bigint, salt int) returns float8
    language sql immutable parallel safe as
$$ select (hashint8(k * 1009 + salt) & 2147483647)::float8 / 2147483648.0 $$;

-- A due date on Saturday or Sunday moves to Monday (holidays are ignored in generated data).
create function pg_temp.weekday(d date) returns date
    language sql immutable parallel safe as
$$ select case extract(isodow from d) when 6 then d + 2 when 7 then d + 1 else d end $$;

create function pg_temp.vn(d date) returns text
    language sql immutable parallel safe as
$$ select to_char(d, 'DD/MM/YYYY') $$;

create temp table b_param as
select (now() at time zone 'Asia/Ho_Chi_Minh')::date as today,
       :agencies::int as agencies, :tasks::int as tasks, :big_tasks::int as big_tasks,
       (select coalesce(max(id), 0) from agency) as agency_base,
       (select coalesce(max(id), 0) from unit) as unit_base,
       (select coalesce(max(id), 0) from person) as person_base,
       (select coalesce(max(id), 0) from account) as account_base,
       (select coalesce(max(id), 0) from issuer) as issuer_base,
       (select coalesce(max(id), 0) from directive) as directive_base,
       (select coalesce(max(id), 0) from task) as task_base;

-- ----- agencies: the 34 provinces and cities after the 2025 merger; the first one is the big agency

create temp table b_agency as
with p as (select * from b_param),
     names(n, place, city) as (
         select ordinality::int, v.place, v.place in ('Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ')
         from unnest(array ['Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh',
             'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ',
             'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai',
             'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ', 'Vĩnh Long',
             'Đồng Tháp', 'Cà Mau', 'An Giang']) with ordinality as v(place)),
     a as (select g as n, p.agency_base + g as id,
                  case when g = 1 then p.big_tasks
                       else (p.tasks - p.big_tasks) / (p.agencies - 1)
                           + case when g - 1 <= (p.tasks - p.big_tasks) % (p.agencies - 1) then 1 else 0 end
                      end as task_count,
                  lpad(g::text, 2, '0') as tag
           from p, generate_series(1, p.agencies) g)
select a.*, n.place, n.city,
       -- about one directive per three tasks: 95 % of the tasks come from directives of 1–5 tasks (mean 3)
       round(a.task_count * 0.95 / 3)::int as directive_count,
       -- the ids of the agency's tasks follow those of the agencies before it
       (select task_base from b_param) + sum(a.task_count) over (order by a.n) - a.task_count as task_off,
       coalesce(sum(round(a.task_count * 0.95 / 3)::int) over (order by a.n rows between unbounded preceding and 1 preceding), 0)
           as directive_off
from a join names n on n.n = (a.n - 1) % 34 + 1;

insert into agency (id, name, parent_name, short_code, place, created_at)
overriding system value
select id,
       'Sở Khoa học và Công nghệ ' || case when city then 'thành phố ' else 'tỉnh ' end || place
           || case when n > 34 then ' ' || n else '' end,
       'UBND ' || case when city then 'thành phố ' else 'tỉnh ' end || place,
       'KHCN', place, now() - interval '4 years 1 month'
from b_agency;

-- ----- units: the ten of a Department, with the share of the tasks each one leads

create temp table b_unit_kind as
select ordinality::int - 1 as idx, code, ascii_code, name, kind, share, head_title
from unnest(
        array ['BGĐ', 'VP', 'TTRA', 'KHTC', 'QLKH', 'CSSHTT', 'QLCN', 'QLCNG', 'TĐC', 'TTUD'],
        array ['bgd', 'vp', 'ttra', 'khtc', 'qlkh', 'csshtt', 'qlcn', 'qlcng', 'tdc', 'ttud'],
        array ['Ban Giám đốc Sở', 'Văn phòng Sở', 'Thanh tra Sở', 'Phòng Kế hoạch - Tài chính',
            'Phòng Quản lý khoa học', 'Phòng Quản lý KH&CN cơ sở và SHTT',
            'Phòng Quản lý công nghệ và Thị trường công nghệ', 'Phòng Quản lý chuyên ngành',
            'Chi cục Tiêu chuẩn Đo lường Chất lượng', 'Trung tâm Ứng dụng KH&CN'],
        array ['LEADERSHIP', 'OFFICE', 'INSPECTORATE', 'DIVISION', 'DIVISION', 'DIVISION', 'DIVISION', 'DIVISION',
            'SUB_DEPARTMENT', 'CENTER'],
        array [0.02, 0.16, 0.08, 0.10, 0.16, 0.10, 0.10, 0.08, 0.12, 0.08],
        array ['Giám đốc Sở', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Trưởng phòng', 'Trưởng phòng', 'Trưởng phòng',
            'Trưởng phòng', 'Trưởng phòng', 'Chi cục trưởng', 'Giám đốc Trung tâm'])
         with ordinality as k(code, ascii_code, name, kind, share, head_title);

-- cumulative shares, to pick a lead unit from one uniform number (width_bucket over the upper bounds)
create temp table b_unit_share as
select idx, (sum(share) over (order by idx))::float8 as hi
from b_unit_kind;

insert into unit (id, agency_id, code, name, kind, created_at)
overriding system value
select p.unit_base + (a.n - 1) * 10 + k.idx + 1, a.id, k.code, k.name, k.kind, now() - interval '4 years 1 month'
from b_param p, b_agency a, b_unit_kind k;

-- ----- people: six per unit (the head and five others); Vietnamese names drawn from common ones

insert into person (id, agency_id, unit_id, full_name, position, email, phone, created_at)
overriding system value
select p.person_base + ((a.n - 1) * 10 + k.idx) * 6 + j + 1,
       a.id,
       p.unit_base + (a.n - 1) * 10 + k.idx + 1,
       (array ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
           'Hồ', 'Ngô', 'Dương', 'Lý'])[1 + floor(pg_temp.u(key, 1) * 16)::int] || ' ' ||
       (array ['Văn', 'Thị', 'Đức', 'Minh', 'Thị Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Thị Thanh'])[1 + floor(pg_temp.u(key, 2) * 10)::int]
           || ' ' ||
       (array ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hưng', 'Hương', 'Khánh', 'Lan',
           'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Thảo',
           'Trung', 'Tú', 'Tuấn', 'Vân', 'Việt', 'Yến'])[1 + floor(pg_temp.u(key, 3) * 30)::int],
       case when j = 0 then k.head_title
            when k.idx = 0 then 'Phó Giám đốc Sở'
            when j = 1 then 'Phó ' || lower(left(k.head_title, 1)) || substr(k.head_title, 2)
            else 'Chuyên viên' end,
       case when j <= 1 then k.ascii_code || j || '.' || a.tag || '@khcn.gov.vn' end,
       case when j = 0 then '0203' || lpad((a.n * 100 + k.idx)::text, 6, '0') end,
       now() - interval '4 years 1 month'
from b_param p, b_agency a, b_unit_kind k, generate_series(0, 5) j,
     lateral (select ((a.n - 1) * 10 + k.idx) * 6 + j as key) x
where k.idx > 0 or j < 4;

-- ----- accounts (password in bench/tasks.sh): per agency a leader, a deputy leader, the office, the head of
-- each unit but the leadership, and one staff member of each unit: bNN-giamdoc, bNN-phogiamdoc,
-- bNN-vanphong, bNN-<unit>, bNN-<unit>-cv

insert into account (id, agency_id, username, password_hash, role, person_id, created_at)
overriding system value
select p.account_base + row_number() over (order by a.n, k.idx, r.role_order), a.id,
       'b' || a.tag || '-' || r.suffix, :'password', r.role,
       p.person_base + ((a.n - 1) * 10 + k.idx) * 6 + r.person_j + 1,
       now() - interval '4 years 1 month'
from b_param p, b_agency a, b_unit_kind k,
     lateral (values (1, 'giamdoc', 'LEADER', 0, k.idx = 0),
                     (2, 'phogiamdoc', 'LEADER', 1, k.idx = 0),
                     (3, 'vanphong', 'OFFICE', 2, k.idx = 1),
                     (4, k.ascii_code, 'UNIT_HEAD', 0, k.idx > 0),
                     (5, k.ascii_code || '-cv', 'STAFF', 3, k.idx > 0)) as r(role_order, suffix, role, person_j, wanted)
where r.wanted;

-- ----- the default issuers of DirectiveService.DEFAULT_ISSUERS, with the share of directives each one sends

create temp table b_issuer_kind as
select ordinality::int - 1 as idx, name, abbr, share,
       sum(share) over (order by ordinality) - share as lo, sum(share) over (order by ordinality) as hi
from unnest(array ['UBND tỉnh', 'Chủ tịch UBND tỉnh', 'Tỉnh ủy', 'HĐND tỉnh', 'Bộ KH&CN', 'Giám đốc Sở'],
            array ['UBND', 'CT', 'TU', 'HĐND', 'BKHCN', 'KHCN'],
            array [0.45, 0.15, 0.08, 0.04, 0.13, 0.15]) with ordinality as i(name, abbr, share);

insert into issuer (id, agency_id, name, sort_order)
overriding system value
select p.issuer_base + (a.n - 1) * 6 + i.idx + 1, a.id, i.name, (i.idx + 1) * 10
from b_param p, b_agency a, b_issuer_kind i;

-- ----- secondary indexes of the big tables are dropped during the load and built again afterwards (much
-- faster than maintaining them row by row); their definitions are read from the catalog, so the
-- generator follows whatever the migrations create. Primary keys and unique indexes stay.

create temp table b_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
where i.indrelid in ('task'::regclass, 'directive'::regclass, 'task_support_unit'::regclass,
                     'task_assignee'::regclass, 'task_extension'::regclass)
  and not i.indisprimary and not i.indisunique;

do $$
declare r record;
begin
    for r in select name from b_index loop
        execute 'drop index ' || r.name;
    end loop;
end $$;

-- ----- directives: issued uniformly over the last four years; each assigns 1–5 tasks

create temp table b_directive as
with d as (select a.n as agency_n, a.id as agency_id, a.tag, a.task_count, dn, a.directive_off + dn as gn
           from b_agency a, generate_series(1, a.directive_count) dn),
     r as (select d.*, p.directive_base + d.gn as id,
                  p.today - floor(pg_temp.u(d.gn, 11) * 1460)::int as issued_on,
                  pg_temp.u(d.gn, 12) as u_issuer,
                  1 + floor(pg_temp.u(d.gn, 13) * 5)::int as n_tasks,
                  pg_temp.u(d.gn, 14) as u_kind,
                  pg_temp.u(d.gn, 15) as u_text
           from d, b_param p)
select r.*, i.idx as issuer_idx, i.abbr as issuer_abbr,
       p.issuer_base + (r.agency_n - 1) * 6 + i.idx + 1 as issuer_id,
       sum(r.n_tasks) over (partition by r.agency_n order by r.dn) - r.n_tasks as first_slot,
       -- the number of a document: unique in the agency and year (directive_reference_year_uq)
       row_number() over (partition by r.agency_n, extract(year from r.issued_on) order by r.issued_on, r.gn) as number
from r
         join b_issuer_kind i on r.u_issuer >= i.lo and r.u_issuer < i.hi
         cross join b_param p;

insert into directive (id, agency_id, reference, issued_on, issuer_id, kind, summary, issued_by_agency, received_on,
                       version, created_by, created_at)
overriding system value
select d.id, d.agency_id,
       d.number::text || '/' ||
       case k.kind
           when 'CV' then case d.issuer_abbr when 'KHCN' then 'KHCN-VP' when 'BKHCN' then 'BKHCN-KHTC'
                                             else d.issuer_abbr || '-KGVX' end
           else k.kind || '-' || d.issuer_abbr end,
       d.issued_on, d.issuer_id, k.kind,
       (array ['Về việc triển khai', 'Về việc báo cáo kết quả thực hiện', 'Về việc tổ chức thực hiện',
           'Về việc tăng cường công tác', 'Về việc góp ý dự thảo', 'Về việc rà soát, đánh giá',
           'Về việc xây dựng kế hoạch thực hiện', 'Về việc kiểm tra việc thực hiện'])[1 + floor(d.u_text * 8)::int]
           || ' ' ||
       (array ['Chương trình phát triển tài sản trí tuệ', 'Đề án 844 về hỗ trợ hệ sinh thái khởi nghiệp',
           'Nghị quyết số 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
           'chuyển đổi số trong cơ quan nhà nước', 'nhiệm vụ khoa học và công nghệ cấp tỉnh',
           'cải cách hành chính', 'Chương trình quốc gia nâng cao năng suất chất lượng',
           'hoạt động tiêu chuẩn, đo lường, chất lượng', 'an toàn bức xạ và hạt nhân',
           'ứng dụng và chuyển giao công nghệ'])[1 + floor(pg_temp.u(d.gn, 17) * 10)::int]
           || ' năm ' || extract(year from d.issued_on),
       d.issuer_idx = 5,
       case when d.issuer_idx <> 5 then least(d.issued_on + floor(pg_temp.u(d.gn, 18) * 5)::int, p.today) end,
       0, 'b' || d.tag || '-vanphong',
       (d.issued_on + time '08:00' + floor(pg_temp.u(d.gn, 19) * 540) * interval '1 minute') at time zone 'Asia/Ho_Chi_Minh'
from b_directive d
         cross join b_param p
         cross join lateral (select case
                                        when d.issuer_idx = 5 then (array ['KH', 'TB', 'QĐ', 'CV'])[1 + floor(d.u_kind * 4)::int]
                                        when d.issuer_idx = 2 then (array ['CV', 'KL', 'NQ', 'CTr'])[1 + floor(d.u_kind * 4)::int]
                                        when d.u_kind < 0.6 then 'CV'
                                        when d.u_kind < 0.75 then 'QĐ'
                                        when d.u_kind < 0.9 then 'KH'
                                        else 'TB' end as kind) k;

-- ----- task slots: slot s of agency a is its s-th task; slots 1..Σ n_tasks come from directives (the
-- first task of a directive is at first_slot + 1), the remaining ones are assigned without a directive

create temp table b_used as
select agency_n, sum(n_tasks) as used from b_directive group by agency_n;

create temp table b_slot as
select d.agency_n, d.first_slot + j as slot, d.id as directive_id, d.issued_on, d.issuer_id, j as pos,
       d.first_slot + 1 as first_of_directive
from b_directive d
         join b_agency a on a.n = d.agency_n,
     generate_series(1, d.n_tasks) j
where d.first_slot + j <= a.task_count
union all
select a.n, s, null, null, null, 0, null
from b_agency a
         left join b_used u on u.agency_n = a.n,
     generate_series(coalesce(u.used, 0) + 1, a.task_count) s;

-- ----- tasks, computed in stages: dates and deadline, then the extension, then the outcome

create temp table b_task as
with keyed as materialized (
    select a.n as agency_n, a.id as agency_id, a.tag, s.slot, s.directive_id, s.pos,
           s.first_of_directive, s.issued_on, s.issuer_id, p.today, p.task_base, p.unit_base, p.person_base,
           p.issuer_base, a.task_count, a.task_off as agency_off,
           a.task_off + s.slot as id,
           -- a key unique across the data set, for the hash draws
           (a.task_off - p.task_base + s.slot)::bigint as k
    from b_slot s join b_agency a on a.n = s.agency_n cross join b_param p),
     drawn as (
         select t.*,
                coalesce(t.issued_on, t.today - floor(pg_temp.u(t.k, 21) * 1460)::int) as assigned_on,
                coalesce(t.issuer_id, t.issuer_base + (t.agency_n - 1) * 6 + 6) as the_issuer,
                width_bucket(pg_temp.u(t.k, 22), (select array_agg(hi order by idx) from b_unit_share where idx < 9))
                    as unit_idx,
                pg_temp.u(t.k, 23) as u_kind,
                (array [3, 5, 7, 10, 10, 15, 15, 15, 20, 30, 30, 30, 45, 60, 90, 120])[1 + floor(pg_temp.u(t.k, 24) * 16)::int]
                    as term_days,
                floor(pg_temp.u(t.k, 25) * 3)::int as month_offset,
                pg_temp.u(t.k, 26) as u_ext,
                pg_temp.u(t.k, 27) as u_outcome,
                pg_temp.u(t.k, 28) as u_late,
                pg_temp.u(t.k, 29) as u_when,
                pg_temp.u(t.k, 30) as u_state,
                pg_temp.u(t.k, 31) as u_text,
                pg_temp.u(t.k, 32) as u_sub
         from keyed t),
     deadline as (
         select t.*,
                case when t.u_kind < 0.80 then 'DATE' when t.u_kind < 0.87 then 'MONTH'
                     when t.u_kind < 0.90 then 'YEAR' else 'NONE' end as deadline_kind
         from drawn t),
     written as materialized (
         select t.*,
                case t.deadline_kind
                    when 'DATE' then t.assigned_on + t.term_days
                    when 'MONTH' then (date_trunc('month', t.assigned_on) + (t.month_offset + 1) * interval '1 month'
                        - interval '1 day')::date
                    when 'YEAR' then make_date(extract(year from t.assigned_on)::int
                                                   + case when extract(month from t.assigned_on) >= 11 then 1 else 0 end, 12, 31)
                    end as written_due
         from deadline t),
     extension as (
         select t.*, pg_temp.weekday(t.written_due) as original_due,
                -- 3.5 % approved, 0.7 % rejected; a request is filed before the due date passes
                case when t.written_due is null or t.deadline_kind = 'YEAR' then null
                     when t.u_ext < 0.035 then 'APPROVED' when t.u_ext < 0.042 then 'REJECTED' end as ext_status,
                t.assigned_on + floor((pg_temp.weekday(t.written_due) - t.assigned_on) * (0.5 + 0.5 * pg_temp.u(t.k, 33)))::int
                    as requested_on,
                pg_temp.weekday(pg_temp.weekday(t.written_due) + 15 + floor(pg_temp.u(t.k, 34) * 45)::int) as requested_deadline
         from written t),
     decided as (
         select t.*,
                case when t.ext_status is not null then t.requested_on + 1 + floor(pg_temp.u(t.k, 35) * 7)::int end
                    as decided_on
         from extension t),
     ext as (
         select t.*,
                -- a request not decided yet by today is still pending
                case when t.ext_status is null or t.requested_on > t.today then null
                     when t.decided_on > t.today then 'PENDING' else t.ext_status end as ext_final
         from decided t),
     due as materialized (
         select t.*,
                case when t.ext_final = 'APPROVED' then t.requested_deadline else t.original_due end as due_date,
                case when t.ext_final = 'APPROVED' then t.decided_on end as extended_on
         from ext t),
     outcome as (
         select t.*,
                -- 3 % paused, 1.5 % stopped, 15.5 % not done (yet), the rest done: on time or (14 %) late
                case when t.u_outcome < 0.03 then 'TAM_DUNG' when t.u_outcome < 0.045 then 'DUNG_THUC_HIEN'
                     when t.u_outcome < 0.20 then 'OPEN' else 'DONE' end as fate,
                case
                    when t.due_date is null then t.assigned_on + 5 + floor(t.u_when * 120)::int
                    when t.u_late < 0.14 then t.due_date + 1 + floor(t.u_when * 45)::int
                    else t.due_date - floor(t.u_when * least(20, t.due_date - coalesce(t.extended_on, t.assigned_on)))::int
                    end as done_on
         from due t),
     final as (
         select t.*,
                case when t.fate = 'DONE' and t.done_on <= t.today then t.done_on end as completed_on,
                case when t.fate in ('TAM_DUNG', 'DUNG_THUC_HIEN')
                         then least(t.assigned_on + floor(t.u_when * 120)::int, t.today) end as halted_on
         from outcome t)
select t.id, t.agency_n, t.agency_id, t.tag, t.k, t.directive_id,
       case when t.pos >= 2 and t.u_sub < 0.10 then t.agency_off + t.first_of_directive end as parent_id,
       t.the_issuer as issuer_id, t.unit_idx, t.unit_base + (t.agency_n - 1) * 10 + t.unit_idx + 1 as lead_unit_id,
       t.assigned_on, t.deadline_kind, t.written_due, t.original_due, t.due_date, t.extended_on,
       t.ext_final, t.requested_on, t.requested_deadline, t.decided_on,
       t.completed_on, t.halted_on,
       case when t.completed_on is not null then 'HOAN_THANH'
            when t.halted_on is not null then t.fate
            when t.u_state < 0.08 then 'CHUA_TRIEN_KHAI'
            when t.u_state < 0.13 then 'CHO_XAC_NHAN'
            else 'DANG_THUC_HIEN' end as work_state,
       t.u_text, t.today
from final t;

-- a sub-task belongs to the first task of its directive; it leads nothing the parent does not know about
insert into task (id, agency_id, directive_id, parent_id, series_id, period_key, is_series, issuer_id, content,
                  lead_unit_id, assigned_on, deadline_kind, deadline_value, deadline_text, written_due, original_due,
                  due_date, extended_on, work_state, started_on, halted_on, completed_on, result, version, created_by,
                  created_at)
overriding system value
select t.id, t.agency_id, t.directive_id, t.parent_id, null, null, false, t.issuer_id,
       (array ['Báo cáo kết quả thực hiện', 'Tham mưu xây dựng kế hoạch triển khai', 'Tổ chức kiểm tra việc thực hiện',
           'Góp ý dự thảo văn bản về', 'Rà soát, đánh giá tình hình thực hiện', 'Tổng hợp, đề xuất danh mục',
           'Phối hợp tổ chức hội nghị sơ kết', 'Xây dựng dự thảo quy định về', 'Thẩm định hồ sơ',
           'Hướng dẫn các đơn vị triển khai'])[1 + floor(t.u_text * 10)::int] || ' ' ||
       (array ['nhiệm vụ khoa học và công nghệ cấp tỉnh', 'Chương trình phát triển tài sản trí tuệ',
           'chuyển đổi số của Sở', 'hoạt động đo lường, thử nghiệm tại các cơ sở y tế',
           'Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo', 'công tác cải cách hành chính',
           'ứng dụng công nghệ cao trong nông nghiệp', 'sáng kiến cấp tỉnh', 'an toàn bức xạ trong y tế',
           'tiêu chuẩn cơ sở và mã số mã vạch'])[1 + floor(pg_temp.u(t.k, 41) * 10)::int]
           || ' năm ' || extract(year from t.assigned_on),
       t.lead_unit_id, t.assigned_on, t.deadline_kind,
       case t.deadline_kind when 'DATE' then t.written_due::text when 'MONTH' then to_char(t.written_due, 'YYYY-MM')
                            when 'YEAR' then to_char(t.written_due, 'YYYY') end,
       case t.deadline_kind
           when 'DATE' then case when pg_temp.u(t.k, 42) < 0.2 then 'Trước ngày ' || pg_temp.vn(t.written_due) end
           when 'MONTH' then 'Trong tháng ' || extract(month from t.written_due) || '/' || extract(year from t.written_due)
           when 'YEAR' then 'Trong năm ' || extract(year from t.written_due) end,
       t.written_due, t.original_due, t.due_date, t.extended_on, t.work_state,
       case when t.work_state = 'CHUA_TRIEN_KHAI' then null else t.assigned_on end,
       t.halted_on, t.completed_on,
       case when t.completed_on is not null then
                (array ['Báo cáo số ', 'Công văn số ', 'Kế hoạch số ', 'Tờ trình số '])[1 + floor(pg_temp.u(t.k, 43) * 4)::int]
                    || (1 + floor(pg_temp.u(t.k, 44) * 900)::int)
                    || (array ['/BC-', '/KHCN-', '/KH-', '/TTr-'])[1 + floor(pg_temp.u(t.k, 43) * 4)::int]
                    || 'KHCN ngày ' || pg_temp.vn(t.completed_on) end,
       case when t.completed_on is not null then 1 else 0 end + case when t.extended_on is not null then 1 else 0 end
           + case when t.halted_on is not null then 1 else 0 end,
       'b' || t.tag || '-vanphong',
       (t.assigned_on + time '08:00' + floor(pg_temp.u(t.k, 45) * 540) * interval '1 minute') at time zone 'Asia/Ho_Chi_Minh'
from b_task t
order by t.id;

-- ----- extensions: one request per chosen task, decided by the director a few days after it was filed

insert into task_extension (task_id, requested_deadline, new_due, previous_due, reason, requested_by, requested_at,
                            status, decided_by, decided_on, decision_note, after_overdue)
select t.id, t.requested_deadline, t.requested_deadline, t.original_due,
       'Cần thêm thời gian lấy ý kiến các sở, ngành và hoàn thiện hồ sơ.',
       head.full_name,
       (t.requested_on + time '09:30') at time zone 'Asia/Ho_Chi_Minh',
       t.ext_final,
       case when t.ext_final <> 'PENDING' then director.full_name end,
       case when t.ext_final <> 'PENDING' then t.decided_on end,
       case when t.ext_final = 'REJECTED' then 'Không có lý do chính đáng.' end,
       t.ext_final = 'APPROVED' and t.decided_on > t.original_due
from b_task t
         cross join b_param p
         -- filed by the head of the lead unit, decided by the director
         join person head on head.id = p.person_base + ((t.agency_n - 1) * 10 + t.unit_idx) * 6 + 1
         join person director on director.id = p.person_base + ((t.agency_n - 1) * 10) * 6 + 1
where t.ext_final is not null
  -- a pending request only on a task still open; a completed task cannot ask any more
  and (t.ext_final <> 'PENDING' or (t.completed_on is null and t.halted_on is null))
order by t.id;

-- ----- support units (20 % of the tasks: one, sometimes two other units) and assignees (45 %: people of the
-- lead unit, not its head)

insert into task_support_unit (task_id, unit_id)
select distinct t.id, (select unit_base from b_param) + (t.agency_n - 1) * 10 + x.idx + 1
from b_task t,
     lateral (select (t.unit_idx + 1 + floor(pg_temp.u(t.k, 51) * 9)::int) % 10 as idx
              union all
              select (t.unit_idx + 1 + floor(pg_temp.u(t.k, 52) * 9)::int) % 10
              where pg_temp.u(t.k, 53) < 0.3) x
where pg_temp.u(t.k, 50) < 0.20 and x.idx <> t.unit_idx;

insert into task_assignee (task_id, person_id)
select distinct t.id,
       (select person_base from b_param) + ((t.agency_n - 1) * 10 + t.unit_idx) * 6 + 1 + x.j
from b_task t,
     lateral (select 1 + floor(pg_temp.u(t.k, 61) * case when t.unit_idx = 0 then 3 else 5 end)::int as j
              union all
              select 1 + floor(pg_temp.u(t.k, 62) * case when t.unit_idx = 0 then 3 else 5 end)::int
              where pg_temp.u(t.k, 63) < 0.3) x
where pg_temp.u(t.k, 60) < 0.45;

-- ----- the secondary indexes again

set maintenance_work_mem = '256MB';
do $$
declare r record;
begin
    for r in select definition from b_index loop
        execute r.definition;
    end loop;
end $$;
reset maintenance_work_mem;

-- ----- identities continue after the generated ids

select setval(pg_get_serial_sequence('agency', 'id'), (select max(id) from agency)),
       setval(pg_get_serial_sequence('unit', 'id'), (select max(id) from unit)),
       setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person)),
       setval(pg_get_serial_sequence('account', 'id'), (select max(id) from account)),
       setval(pg_get_serial_sequence('issuer', 'id'), (select max(id) from issuer)),
       setval(pg_get_serial_sequence('directive', 'id'), (select max(id) from directive)),
       setval(pg_get_serial_sequence('task', 'id'), (select max(id) from task));

commit;

vacuum analyze agency, unit, person, account, issuer, directive, task, task_support_unit, task_assignee,
    task_extension;
