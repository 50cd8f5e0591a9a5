-- The plan's registers, through the same intake as the monthly counts. Each row has a natural key
-- (row_key); a later accepted file naming the same entry adds a new version, the highest is current.

-- 执法监督台账 (spec 3.2): one row per supervision activity.
create table supervision_activity (
    id            bigserial   primary key,
    file_id       bigint      not null references inbox_file (id),
    row_number    integer     not null,
    row_key       text        not null,
    version       integer     not null check (version >= 1),
    activity_date date        not null,
    activity_type varchar(16) not null check (activity_type in ('SPOT_CHECK', 'CORRECTION', 'EXPOSURE', 'REFERRAL')),
    section_code  varchar(32) references section (code),
    quantity      integer     not null check (quantity >= 1),
    note          text,
    unique (row_key, version)
);
create index supervision_activity_date on supervision_activity (activity_date);

-- 附件3: 12345 hotline complaints (spec 3.3). Personal data is kept whole; reports mask it.
create table complaint (
    id                bigserial     primary key,
    file_id           bigint        not null references inbox_file (id),
    row_number        integer       not null,
    row_key           text          not null,
    version           integer       not null check (version >= 1),
    serial            text          not null,
    title             text          not null,
    company           text          not null,
    occurred_on       date          not null,
    enforcement_unit  text          not null,
    enforcement_type text not null,
    nature text not null,
    content           text          not null,
    reporter          text          not null,
    contact           text          not null,
    supervision_method text not null,
    handling_result text not null,
    handled_on        date          not null check (handled_on >= occurred_on),
    referred          boolean       not null,
    handled_persons   integer       not null check (handled_persons >= 0),
    amount            numeric(14, 2) check (amount >= 0),
    inspections       integer       check (inspections >= 0),
    recovered         numeric(14, 2) not null check (recovered >= 0),
    check ((amount is null) <> (inspections is null)),
    unique (row_key, version)
);
create index complaint_occurred on complaint (occurred_on);

-- 附件2: self-inspection problems and their rectification (spec 3.4).
create table problem (
    id             bigserial   primary key,
    file_id        bigint      not null references inbox_file (id),
    row_number     integer     not null,
    row_key        text        not null,
    version        integer     not null check (version >= 1),
    section_code   varchar(32) not null references section (code),
    found_on       date        not null,
    source         text        not null,
    category       text        not null,
    description    text        not null,
    measures       text        not null,
    responsible    text        not null,
    due_on         date        not null,
    status         varchar(16) not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    completed_on   date,
    unique (row_key, version)
);
