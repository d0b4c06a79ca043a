-- Process steps find the record they act on from their process instance, never from a variable.
CREATE INDEX rc_case_process_instance ON rc_case (process_instance_id);
CREATE INDEX ds_elimination_process_instance ON ds_elimination (process_instance_id);
CREATE INDEX cp_campaign_process_instance ON cp_campaign (process_instance_id);

-- One elimination per line, also when two officers register it at the same moment
-- (EliminationRepository.lineHasElimination checks first and answers with the reason).
ALTER TABLE ds_elimination ADD CONSTRAINT ds_elimination_one_per_line UNIQUE (line_id);
