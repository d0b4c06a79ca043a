-- The procedure of a case as the statutes set it (issue 13): which government decides a closure,
-- what is closed, when the period starts (service of the notice), the interim measure the officer
-- chose, and the rights notice and hearing before a closure or licence revocation.
ALTER TABLE rc_case ADD COLUMN approval_level VARCHAR(16);
ALTER TABLE rc_case ADD COLUMN exit_scope VARCHAR(16);
ALTER TABLE rc_case ADD COLUMN served_on DATE;
ALTER TABLE rc_case ADD COLUMN interim_measure VARCHAR(16);
ALTER TABLE rc_case ADD COLUMN rights_served_on DATE;
ALTER TABLE rc_case ADD COLUMN hearing_requested BOOLEAN;
-- A line closed by a case (产能退出) no longer closes its enterprise; the exit table says what was closed.
ALTER TABLE ex_capacity_exit ADD COLUMN enterprise_closed BOOLEAN NOT NULL DEFAULT FALSE;
