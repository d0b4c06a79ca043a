-- Issue 17. The engine checks a task's authorization with A.PERMS_ & 2 = 2 over ACT_RU_AUTHORIZATION; PostgreSQL has
-- no statistics for that expression and guessed 0.5% of a department's rows, then compared every task with every
-- authorization in a nested loop (28 s for a department of 20,000 tasks when the engine still wrote rows per task).
-- Collected by ANALYZE, as autovacuum does.
CREATE STATISTICS IF NOT EXISTS cx_auth_read_perms ON (perms_ & 2), resource_type_, group_id_ FROM act_ru_authorization;
