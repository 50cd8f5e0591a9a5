-- Every report version put in the shared folder, with the figures it showed: the next version's change
-- note is the difference. The unique key stops two runs (or two nodes) delivering the same version.
create table delivered_report (
    id               bigserial   primary key,
    report           varchar(32) not null,
    subject          varchar(64) not null,
    version          integer     not null check (version >= 1),
    folder           text        not null,
    file_base        text        not null,
    fingerprint      char(64)    not null,
    figures          jsonb       not null,
    changes          jsonb       not null default '[]',
    job_execution_id bigint,
    delivered_at     timestamptz not null,
    unique (report, subject, version)
);
