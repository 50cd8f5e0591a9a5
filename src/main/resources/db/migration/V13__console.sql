-- The web console (spec §8): accounts with their roles, the sections a REPORTER reports for, and an
-- append-only audit of who did what.
create table console_account (
    username        varchar(64) primary key,
    password_hash   text        not null,
    role            varchar(16) not null check (role in ('ADMIN', 'REPORTER', 'VIEWER')),
    enabled         boolean     not null default true,
    -- repeated failures slow the account down: after a few, each try waits until locked_until
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);

-- A REPORTER's sections by code; a section that leaves sections.yml keeps its row (its history stays).
create table console_account_section (
    username     varchar(64) not null references console_account (username),
    section_code varchar(32) not null,
    primary key (username, section_code)
);

create table console_audit (
    id       bigserial   primary key,
    at       timestamptz not null,
    username varchar(64) not null,
    action   varchar(16) not null,
    subject  text        not null,
    outcome  text        not null
);
create index console_audit_at on console_audit (at desc);

-- Append-only: what happened stays as it was written, whoever holds the application's login.
create function console_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'console_audit is append-only';
end
$$;
create trigger console_audit_append_only before update or delete on console_audit
    for each row execute function console_audit_is_append_only();
create trigger console_audit_no_truncate before truncate on console_audit
    for each statement execute function console_audit_is_append_only();

-- A file put in the inbox through the console carries who sent it and, for a REPORTER, the sections it may
-- report for (null: any section), so that the intake refuses rows of other sections in its receipt.
alter table inbox_sighting add column submitted_by text;
alter table inbox_sighting add column submitted_for text[];
alter table inbox_file add column submitted_by text;
