-- The narrative parts of an event's workshop report, written by the coordinator: the summary, the
-- conclusions, and one summary per session (part "session:<id>").
create table report_texts (
    event_id bigint not null references events (id) on delete cascade,
    part varchar(40) not null,
    text varchar(20000) not null,
    updated_at timestamp(6) with time zone not null,
    primary key (event_id, part)
);
