-- Taking access away takes effect at once: a deactivated account cannot sign in and its sessions end; every
-- role change, password change, deactivation or "sign out everywhere" moves session_version on, and a session
-- signed in under an older version ends at its next request.
alter table accounts add column active boolean default true not null;
alter table accounts add column session_version integer default 0 not null;
