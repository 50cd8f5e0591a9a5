-- The bureau's sections, synced from config/sections.yml at start. A section dropped from the file is
-- never deleted: delisted_from is the first period it no longer has to report for.
create table section (
    code          varchar(32)  primary key,
    name          varchar(100) not null unique,
    aliases       text[]       not null default '{}',
    reports       boolean      not null,
    active_from   date         not null,
    active_to     date,
    delisted_from date,
    sort_order    integer      not null
);

-- Every file the job has read, with its outcome. The partial unique index is the database claim that
-- stops two nodes (or two runs) from loading the same bytes twice.
create table inbox_file (
    id               bigserial   primary key,
    file_name        text        not null,
    sha256           char(64)    not null,
    size_bytes       bigint      not null,
    received_at      timestamptz not null,
    kind             varchar(32),
    status           varchar(16) not null check (status in ('ACCEPTED', 'REJECTED', 'DUPLICATE')),
    row_count        integer     not null default 0,
    errors           jsonb       not null default '[]',
    error_count      integer     not null default 0,
    notes            jsonb       not null default '[]',
    duplicate_of     bigint      references inbox_file (id),
    job_execution_id bigint,
    archived_as      text
);
create unique index inbox_file_processed_once on inbox_file (sha256) where status <> 'DUPLICATE';
create index inbox_file_not_archived on inbox_file (id) where archived_as is null;

-- Monthly counts (月度执法数据): every accepted version is kept; the highest version is current.
create table monthly_count (
    id                    bigserial   primary key,
    file_id               bigint      not null references inbox_file (id),
    row_number            integer     not null,
    section_code          varchar(32) not null references section (code),
    period                date        not null check (extract(day from period) = 1),
    version               integer     not null check (version >= 1),
    received_at           timestamptz not null,
    inspection_total      integer     not null check (inspection_total >= 0),
    inspection_enterprise integer     not null check (inspection_enterprise between 0 and inspection_total),
    penalty_total         integer     not null check (penalty_total >= 0),
    penalty_enterprise    integer     not null check (penalty_enterprise between 0 and penalty_total),
    coercion_total        integer     not null check (coercion_total >= 0),
    coercion_enterprise   integer     not null check (coercion_enterprise between 0 and coercion_total),
    reporter              text,
    phone                 text,
    remark                text,
    unique (section_code, period, version)
);
create index monthly_count_period on monthly_count (period, section_code);
