-- 延期报送审批 (spec 3.7): the 执法股 extends one section's deadline for one period. A later file for the
-- same section and period adds the next version; the highest is in force.
create table extension (
    id           bigserial   primary key,
    file_id      bigint      not null references inbox_file (id),
    row_number   integer     not null,
    row_key      text        not null,
    version      integer     not null check (version >= 1),
    section_code varchar(32) not null references section (code),
    period       date        not null,
    extended_to  date        not null,
    approver     text        not null,
    reason       text        not null,
    unique (row_key, version)
);
create index extension_period on extension (period, section_code, version);
