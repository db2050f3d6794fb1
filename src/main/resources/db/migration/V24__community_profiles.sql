-- Members' profiles for the directory: languages and expertise (comma-separated), a short biography, whether the
-- member is listed at all, and which parts of the profile other members see (comma-separated field names).
alter table accounts add column languages varchar(100);
alter table accounts add column expertise varchar(1000);
alter table accounts add column biography varchar(2000);
alter table accounts add column in_directory boolean not null default true;
alter table accounts add column shown_fields varchar(200) not null default 'ORGANISATION,COUNTRY,STAKEHOLDER,JOB_TITLE,LANGUAGES,EXPERTISE,BIOGRAPHY';
