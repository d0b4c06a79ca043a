-- A licence ended by its issuing department on a closed case: when, on which case, by which decision.
ALTER TABLE lic_licence ADD COLUMN ended_on DATE;
ALTER TABLE lic_licence ADD COLUMN ended_reference VARCHAR(64);
ALTER TABLE lic_licence ADD COLUMN ended_document VARCHAR(100);
