-- Issue 17: PostgreSQL's JIT compiled the job acquisition query at every poll (302 ms of one 310 ms acquisition);
-- the engine's queries are short and many. Off for this database; an application user that does not own the
-- database cannot change it: the README asks the administrator to (ALTER DATABASE ... SET jit = off).
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'jit stays as configured: only the owner of the database may set it (see the README)';
END
$$;
