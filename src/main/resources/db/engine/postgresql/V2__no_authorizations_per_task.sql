-- Issue 17: officers read and work tasks through READ_TASK, TASK_WORK and TASK_ASSIGN on the process definitions
-- (organisation.OrganisationSeeder); the product's guard keeps the work to a task's assignee and candidates
-- (process.TaskAuthorizations, process.ProcessIntegrityGuard). The rows the engine wrote per open task go.
DELETE FROM act_ru_authorization
 WHERE resource_type_ = 7 AND resource_id_ <> '*' AND resource_id_ IN (SELECT id_ FROM act_ru_task);
