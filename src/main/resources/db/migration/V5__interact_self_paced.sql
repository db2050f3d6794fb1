-- Self-paced decks (evaluation questionnaires): every activity on one page, answered at one's own pace.
alter table interact_decks add column self_paced boolean default false not null;
-- What a respondent may say about themselves so results can be broken down (optional, even when anonymous).
alter table interact_members add column sex varchar(10);
alter table interact_members add column stakeholder varchar(30);
