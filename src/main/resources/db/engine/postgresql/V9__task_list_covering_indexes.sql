-- Issue 17: counting the biggest department's 本部门任务 (20,740 of 100,000 open tasks) joins every candidate link of
-- its groups with its task for the tenant and authorization checks. With these two indexes both sides are read from
-- the index alone (autovacuum keeps the visibility map of both tables current: V4) instead of from the tables' rows:
-- the count took 113 ms in EXPLAIN ANALYZE on the benchmark database and 85-95 ms with them. The engine's own
-- indexes stay; each case adds one row to each index.
CREATE INDEX IF NOT EXISTS cx_idx_ident_lnk_group_task ON act_ru_identitylink (group_id_, type_) INCLUDE (task_id_);
CREATE INDEX IF NOT EXISTS cx_idx_task_id_checks ON act_ru_task (id_) INCLUDE (tenant_id_, proc_def_id_, case_execution_id_);
