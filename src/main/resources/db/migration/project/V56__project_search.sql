-- What the search box matches in projects (issue #7): code, title, short name, principal investigator, host,
-- proposer, partners, places, objectives and content, and the words of the current state, so that
-- "nghiem thu vai thieu" finds an accepted project on lychee. Kept in the normal form of search_normalize by a
-- trigger (the host's name lives in another table, which a generated column cannot read), with a trigram index so
-- that each word of a query, even mistyped, is found without reading every row.

-- The state as a user names it: the label of project_vi.properties (project.ProjectState.*), and for the states after
-- the council's verdict the words people use for them ("đã nghiệm thu"). ProjectSearchTests checks that every label
-- is here.
create function project_state_words(state text, outcome text) returns text
    language sql immutable parallel safe as
$$
select case state
           when 'DE_XUAT' then 'Đề xuất, đặt hàng'
           when 'TUYEN_CHON' then 'Đang tuyển chọn / xét giao trực tiếp'
           when 'THAM_DINH' then 'Hoàn thiện thuyết minh, thẩm định'
           when 'CHO_HOP_DONG' then 'Đã phê duyệt, chờ ký hợp đồng'
           when 'DANG_THUC_HIEN' then 'Đang thực hiện'
           when 'TAM_DUNG' then 'Tạm dừng'
           when 'CHO_NGHIEM_THU' then 'Hết thời gian thực hiện, chờ nghiệm thu'
           when 'DANG_NGHIEM_THU' then 'Đang đánh giá, nghiệm thu'
           when 'SAU_NGHIEM_THU' then 'Đã nghiệm thu đạt; hoàn thiện hồ sơ, công nhận, đăng ký, quyết toán'
           when 'KHONG_DAT' then 'Nghiệm thu không đạt, xử lý kinh phí'
           when 'DUNG' then 'Dừng thực hiện / chấm dứt hợp đồng'
           when 'DONG' then 'Đã kết thúc; ' || case outcome
               when 'HOAN_THANH' then 'Hoàn thành, đã nghiệm thu đạt, đã thanh lý'
               when 'KHONG_DAT' then 'Không đạt, nghiệm thu không đạt'
               when 'CHAM_DUT' then 'Chấm dứt'
               when 'KHONG_DUOC_XAC_DINH' then 'Không được xác định'
               when 'KHONG_TRIEN_KHAI' then 'Không triển khai'
               else '' end
           else '' end
$$;

alter table project add column search_text text;

create function project_search_text() returns trigger
    language plpgsql as
$$
begin
    new.search_text := search_normalize(concat_ws(' ', new.code, new.title, new.short_name, new.pi_name,
            new.pi_affiliation, new.secretary, new.proposer, new.partners, new.locations, new.host_parent,
            (select h.name from project_host h where h.id = new.host_id), new.objectives, new.content,
            project_state_words(new.state, new.outcome)));
    return new;
end
$$;

create trigger project_search_text before insert or update on project
    for each row execute function project_search_text();

-- A host renamed: its projects are found under the new name.
create function project_host_renamed() returns trigger
    language plpgsql as
$$
begin
    update project set host_id = host_id where host_id = new.id;
    return null;
end
$$;

create trigger project_host_renamed after update of name on project_host
    for each row when (old.name is distinct from new.name) execute function project_host_renamed();

update project set state = state;
create index project_search_idx on project using gin (search_text gin_trgm_ops);
