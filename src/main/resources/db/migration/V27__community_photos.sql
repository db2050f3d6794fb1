-- An optional photo on a member's profile (a PNG or JPEG in the file store), shown to those the member lets see it.
alter table accounts add column photo_key varchar(100);
