-- A province loads a million monthly rows at a time (README, Performance). Measured with COPY of 1.02M rows:
-- the table's three indexes (surrogate id, the version key, the period index) and its two foreign keys made
-- a load 13x slower than into a bare table, the foreign keys alone 8.4 s of it (one trigger query per row).
-- So the table keeps one key that serves both lookups (a period's sections; a section's latest version):
--   * no surrogate id: nothing refers to a monthly row, a row is known by (period, section, version);
--   * no foreign keys: the only writer is the intake, which checks every section code against the
--     directory before the COPY (sections are never deleted) and writes its own file's id in the same
--     transaction; the registers, a few rows each, keep theirs;
--   * (file_id, row_number) lists a file's rows for its receipt; both only grow, so the index is appended
--     at its right edge (a BRIN index was tried: unsummarised new ranges made it scan the whole table).
drop view current_monthly_count;
alter table monthly_count
    drop constraint monthly_count_file_id_fkey,
    drop constraint monthly_count_section_code_fkey,
    drop constraint monthly_count_section_code_period_version_key,
    drop column id;
drop index monthly_count_period;
alter table monthly_count add primary key (period, section_code, version);
create index monthly_count_file on monthly_count (file_id, row_number);

create view current_monthly_count as
    select distinct on (period, section_code) * from monthly_count order by period, section_code, version desc;
