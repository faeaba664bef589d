-- How a report numbers its sections (Numbering): Phần I / I. / 1. / a) as sample 000, Phần 1 / 1. / 1.1. as
-- sample 002, A. / I. / 1. / a) as sample 003. A report keeps the style of its template when it was made.
alter table report_template add column numbering text not null default 'PARTS_ROMAN';
alter table periodic_report add column numbering text not null default 'PARTS_ROMAN';
update report_template set numbering = 'PARTS_DECIMAL' where code = 'ANNUAL';
update report_template set numbering = 'LETTERS' where code = 'HALF_YEAR';
