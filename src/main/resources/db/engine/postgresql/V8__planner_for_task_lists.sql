-- Issue 17: Tasklist's list walks the tasks newest first and probes each one's candidate group. PostgreSQL's defaults
-- chose that walk in parallel (every worker gathers 32 matches before the incremental sort returns one) and priced
-- random reads as on spinning disks, so a department whose tasks are not the newest read 25,000 tasks for 15
-- (shandong-eco, 667 of 100,000 open tasks: 150-260 ms). With reads priced for a database held in memory or on SSD
-- and no parallel workers for these short queries, the planner takes the department's candidate links by group and
-- sorts them: the same list in 5 ms, the count in 5 ms instead of 36 (EXPLAIN ANALYZE, benchmark database, statistics
-- collected). Set for this database only; as V5, the administrator sets them where the application's user does not own
-- the database (see the README).
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
  EXECUTE format('ALTER DATABASE %I SET max_parallel_workers_per_gather = 0', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'random_page_cost and max_parallel_workers_per_gather stay as configured: only the owner of the database may set them (see the README)';
END
$$;
