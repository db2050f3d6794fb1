-- A questionnaire where a ballot must be one per person: it opens only through a personal link, one per registered
-- participant, signed by the server (nothing is stored per link).
alter table interact_decks add column personal_links boolean default false not null;
