-- A check asked in Tasklist (licence-check.bpmn) keeps its process instance and what the licensing officer then
-- recorded: the licensing department's own decision and its document.
ALTER TABLE lic_check ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE lic_check ADD COLUMN decision_note VARCHAR(2000);
ALTER TABLE lic_check ADD COLUMN decision_document VARCHAR(100);
ALTER TABLE lic_check ADD COLUMN recorded_by VARCHAR(64);
ALTER TABLE lic_check ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
