-- The search text in the normal form of __root/V17 (abbreviations unfolded into their words), as
-- PeriodicReportRepository.reindex computes it.
update periodic_report r set search_text = search_normalize(r.subject || ' ' || r.period_label || ' '
    || coalesce((select string_agg(s.heading || ' ' || coalesce(s.body, ''), ' ' order by s.position)
                 from report_section s where s.report_id = r.id), ''))
where r.search_text is not null;
