-- Issue 17: as db/engine/postgresql/V2: officers work tasks through the process definitions; the guard keeps the work
-- to a task's assignee and candidates. The rows the engine wrote per open task go.
DELETE FROM ACT_RU_AUTHORIZATION
 WHERE RESOURCE_TYPE_ = 7 AND RESOURCE_ID_ <> '*' AND RESOURCE_ID_ IN (SELECT ID_ FROM ACT_RU_TASK);
