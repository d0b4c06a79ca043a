-- A measure that must be recorded before the case's exit may be confirmed (Jining 三(五): the resettlement plan and
-- the risk plan of an enterprise that is closed).
ALTER TABLE jm_measure ADD COLUMN holds_exit BOOLEAN DEFAULT FALSE NOT NULL;
