-- Two-factor keys are stored sealed (AES-GCM under the server's secret): room for the sealed form.
alter table accounts alter column totp_secret set data type varchar(200);
