-- The forms already taken, by their one-time token (SubmitOnce): a form sent again — to this node or another
-- behind the same proxy — gets the first result instead of creating its thing twice. Kept one day.
create table submitted_forms (
    token varchar(64) primary key,
    result varchar(1000) not null,
    created_at timestamp with time zone not null
);
create index submitted_forms_created on submitted_forms (created_at);
