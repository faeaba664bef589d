-- Search that understands Vietnamese (issue #7): text and queries are compared in one normal form, lower
-- case, without diacritics (đ → d), with the common abbreviations folded to one spelling, so that
-- "nghiem thu" finds "nghiệm thu" and "khoa học và công nghệ" finds "KH&CN".

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes it safe to use in
-- generated columns and indexes.
create function f_unaccent(text) returns text
    language sql immutable parallel safe strict as
$$
select public.unaccent('public.unaccent'::regdictionary, $1)
$$;

create function search_normalize(text) returns text
    language sql immutable parallel safe strict as
$$
select regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
       regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           lower(f_unaccent($1)),
           'khoa hoc (va|&) cong nghe|kh ?& ?cn|\mkh-cn\M', 'khcn', 'g'),
           'uy ban nhan dan|\mubnd\M', 'ubnd', 'g'),
           'hoi dong nhan dan|\mhdnd\M', 'hdnd', 'g'),
           'tieu chuan,? do luong,? chat luong|tieu chuan - do luong - chat luong|\mtc ?dl ?cl\M', 'tdc', 'g'),
           'so huu tri tue', 'shtt', 'g'),
           'an toan buc xa', 'atbx', 'g'),
           'nong thon,? mien nui', 'ntmn', 'g'),
           'doi moi sang tao', 'dmst', 'g'),
           'ke hoach (va|-) tai chinh', 'khtc', 'g'),
           'san xuat thu nghiem', 'sxtn', 'g'),
           '[^a-z0-9]+', ' ', 'g')
$$;
