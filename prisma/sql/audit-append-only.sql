-- AuditLog is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE,
-- so neither a bug nor a compromised application account can rewrite history.
-- (Table owners / superusers can still drop the trigger; that is a schema migration, and visible.)
-- Include this in the migration that creates "AuditLog".

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege'; -- SQLSTATE 42501
END;
$$;

DROP TRIGGER IF EXISTS "AuditLog_append_only" ON "AuditLog";
CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

DROP TRIGGER IF EXISTS "AuditLog_no_truncate" ON "AuditLog";
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
