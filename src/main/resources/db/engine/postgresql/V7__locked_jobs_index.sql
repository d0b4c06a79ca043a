-- Issue 17: at each acquisition the job executor skips an exclusive job whose process instance has another exclusive job
-- in progress (not exists ... J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= now). The engine's schema has no index
-- for it, so PostgreSQL read the whole job table for the handful of locked jobs at every acquisition (pg_stat_statements
-- in the timer storm: 7 ms per acquisition with 12,000 timers in place, 21 s of the storm's database time). The partial
-- index holds only the jobs being executed: a few rows however many timers wait.
CREATE INDEX IF NOT EXISTS cx_idx_job_locked ON act_ru_job (process_instance_id_, lock_exp_time_) WHERE lock_owner_ IS NOT NULL;
