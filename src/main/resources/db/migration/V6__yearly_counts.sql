-- 历年执法数据 (spec 3.5): a section's six counts for a whole year, for years before monthly data. Where
-- months of that year exist too, the months win; a mismatch is reported, never summed.
create table yearly_count (
    id                    bigserial   primary key,
    file_id               bigint      not null references inbox_file (id),
    row_number            integer     not null,
    section_code          varchar(32) not null references section (code),
    year                  integer     not null check (year between 2000 and 2100),
    version               integer     not null check (version >= 1),
    received_at           timestamptz not null,
    inspection_total      integer     not null check (inspection_total >= 0),
    inspection_enterprise integer     not null check (inspection_enterprise between 0 and inspection_total),
    penalty_total         integer     not null check (penalty_total >= 0),
    penalty_enterprise    integer     not null check (penalty_enterprise between 0 and penalty_total),
    coercion_total        integer     not null check (coercion_total >= 0),
    coercion_enterprise   integer     not null check (coercion_enterprise between 0 and coercion_total),
    unique (section_code, year, version)
);
