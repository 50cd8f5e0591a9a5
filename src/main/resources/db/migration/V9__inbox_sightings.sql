-- Every file seen waiting in the inbox, by name, until it has been read (spec §2 and §7, reporting.inbox-settle).
--   * first_seen_at (the job's clock) is the file's received time, so that a file held up by a failure or
--     by another file keeps the verdict of the day it arrived;
--   * size, modified_at and unchanged_since (the machine's clock) tell whether a copy is still in progress:
--     a file is read only once neither has changed for the settle time;
--   * whole: put there by submit (or the console), which copy the file whole before naming it.
create table inbox_sighting (
    file_name       text        primary key,
    first_seen_at   timestamptz not null,
    size_bytes      bigint      not null,
    modified_at     timestamptz not null,
    unchanged_since timestamptz not null,
    whole           boolean     not null default false
);

-- The private copy of exactly the bytes that were read, hashed and parsed: the archive keeps that copy, so a
-- writer still writing to the inbox file cannot change what the receipt describes.
alter table inbox_file add column staged_as text;
