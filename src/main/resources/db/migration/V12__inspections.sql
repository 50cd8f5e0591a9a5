-- 入企检查登记 (spec 3.6): every inspection a section made at an enterprise. A section's list of a month
-- is replaced whole by a later file that has rows for that month (every version kept): inspection_list
-- names the version in force for each section and month.
create table inspection (
    id            bigserial   primary key,
    file_id       bigint      not null references inbox_file (id),
    row_number    integer     not null,
    section_code  varchar(32) not null references section (code),
    month         date        not null,
    list_version  integer     not null check (list_version >= 1),
    inspected_on  date        not null,
    enterprise    text        not null,
    credit_code   char(18)    not null,
    industry      text        not null,
    item          text        not null,
    source        text        not null,
    joint         boolean     not null,
    inspectors    text[]      not null,
    filed_on      date,
    notice        boolean     not null,
    publicity     boolean     not null,
    feedback      boolean     not null,
    system_number text,
    result        text        not null
);
create index inspection_list_rows on inspection (section_code, month, list_version);
create index inspection_enterprise on inspection (credit_code, inspected_on);

create table inspection_list (
    section_code varchar(32) not null references section (code),
    month        date        not null,
    version      integer     not null,
    file_id      bigint      not null references inbox_file (id),
    primary key (section_code, month)
);

create view current_inspection as
    select i.* from inspection i
    join inspection_list l on l.section_code = i.section_code and l.month = i.month and l.version = i.list_version;
