-- Issue 17: the job executor acquires by due date (application.yaml: job-executor-acquire-by-due-date,
-- ensure-job-due-date-not-null), so that the future reminder and escalation timers of every open case are not read
-- at each acquisition; the engine's schema has no index for it. Jobs written before without a due date are due now
-- (the session's time zone is the application's: the driver sets it).
CREATE INDEX IF NOT EXISTS cx_idx_job_duedate ON act_ru_job (duedate_);
UPDATE act_ru_job SET duedate_ = LOCALTIMESTAMP WHERE duedate_ IS NULL;
