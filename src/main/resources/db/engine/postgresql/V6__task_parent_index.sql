-- Issue 17: whenever the engine deletes a task (a timer or a terminate end ending its scope, a completion) it first reads
-- the task's subtasks (select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?), and the engine's schema has no index for
-- it: every deadline of the storm scanned the whole task table (auto_explain: 374 ms with 50,040 open tasks).
CREATE INDEX IF NOT EXISTS cx_idx_task_parent ON act_ru_task (parent_task_id_);
