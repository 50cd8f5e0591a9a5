-- Yearly counts are versioned like every register: by a natural key (section and year) in row_key,
-- so that one loader numbers the versions of all of them with one query per file.
alter table yearly_count add column row_key text;
update yearly_count set row_key = section_code || '|' || year || '|';
alter table yearly_count alter column row_key set not null;
create index yearly_count_row_key on yearly_count (row_key, version);
