-- A group can be a network's place (a regional prosecutors' network's own group).
alter table discussion_groups add column network_id bigint;
