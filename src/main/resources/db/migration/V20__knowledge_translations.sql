-- A translation of a practice is a practice of its own (its language, its text, its review), linked to the original.
alter table practices add column translation_of bigint;
alter table practices add constraint practices_translation_of foreign key (translation_of) references practices (id)
    on delete set null;
create index practices_translations on practices (translation_of);
