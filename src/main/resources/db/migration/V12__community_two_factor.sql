-- Two-factor sign-in (TOTP, RFC 6238): the account's secret once set up, the last step whose code was used (a code
-- works once), and the SHA-256 hashes of its unused recovery codes, separated by commas.
alter table accounts add column totp_secret varchar(64);
alter table accounts add column totp_last_step bigint default 0 not null;
alter table accounts add column recovery_codes varchar(1000);
