-- A pre/post pair: the "after" questionnaire names the "before" one, and its results show the change.
alter table interact_decks add column pre_deck_id bigint references interact_decks (id) on delete set null;
