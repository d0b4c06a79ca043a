-- Issue 17: the engine's runtime tables are queues: every job, task, link, variable and execution is inserted and
-- deleted again within the case. PostgreSQL's default waits for 20% of a table to be dead before it vacuums and for
-- 10% changed before it analyses; on a table of a million timers that is 200,000 dead rows that every acquisition
-- reads past. A fixed threshold keeps them vacuumed and their statistics current whatever their size.
ALTER TABLE act_ru_job SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
  autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 2000, autovacuum_vacuum_cost_delay = 0);
ALTER TABLE act_ru_task SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 2000,
  autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 2000);
ALTER TABLE act_ru_identitylink SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 2000,
  autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 2000);
ALTER TABLE act_ru_execution SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 2000,
  autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 2000);
ALTER TABLE act_ru_variable SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 5000,
  autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 5000);
ALTER TABLE act_ru_event_subscr SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_threshold = 2000,
  autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 2000);
ALTER TABLE act_ru_authorization SET (autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 500);
