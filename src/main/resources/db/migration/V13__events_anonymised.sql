-- Registrations past their retention period (or erased on request) are anonymised, not deleted, so the figures
-- already reported (counts by sex, stakeholder type, country, attendance) stay as they were.
alter table participants add column anonymised_at timestamp(6) with time zone;
