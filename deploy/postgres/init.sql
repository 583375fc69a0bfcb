-- Roles, schemas and extensions of one Servicedesk database. Run by deploy/lib/postgres.sh as the
-- superuser, connected to the database, with the psql variable `roles` (comma-separated role
-- names). Idempotent: it creates what is missing and never drops anything.
--
-- Each role logs in with the password '<role>-local', owns the schema of its own name, finds it
-- first on its search_path, and can connect to this database but reach no other role's schema.

\set ON_ERROR_STOP on
SET client_min_messages = warning;
SELECT set_config('servicedesk.roles', :'roles', false) AS roles_setting \gset

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY string_to_array(current_setting('servicedesk.roles'), ',') LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', r, r || '-local');
        END IF;
        EXECUTE format('ALTER ROLE %I SET search_path = %I', r, r);
        EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', r, r);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), r);
    END LOOP;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Full-text helpers for the knowledge service, installed by the superuser into its schema.
DO $$
BEGIN
    IF to_regnamespace('knowledge') IS NOT NULL THEN
        CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA knowledge;
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA knowledge;
    END IF;
END
$$;
