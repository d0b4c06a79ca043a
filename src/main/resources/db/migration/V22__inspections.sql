-- Issue 16: the inspections of a draw (检查记录): what the two drawn inspectors measured, the policy table's verdict
-- (inspection-finding.dmn: the kind's finding, and the line checked against the catalogue beside it) and the case,
-- the unlicensed-production case or the elimination each opened. The case and the elimination keep the
-- inspection as their evidence.
CREATE TABLE insp_inspection (
  inspection_number       VARCHAR(48)  NOT NULL PRIMARY KEY,
  draw_number             VARCHAR(40)  NOT NULL,
  plan_number             VARCHAR(32)  NOT NULL,
  jurisdiction_code       VARCHAR(6)   NOT NULL,
  enterprise_jurisdiction VARCHAR(6)   NOT NULL,
  department_group        VARCHAR(60)  NOT NULL,
  kind                    VARCHAR(32)  NOT NULL,
  plan_year               INTEGER      NOT NULL,
  credit_code             VARCHAR(18)  NOT NULL,
  first_inspector         VARCHAR(64)  NOT NULL,
  second_inspector        VARCHAR(64)  NOT NULL,
  process_instance_id     VARCHAR(64),
  state                   VARCHAR(16)  NOT NULL,
  inspected_on            DATE,
  line_id                 BIGINT,
  limit_code              VARCHAR(40),
  limit_standard          VARCHAR(200),
  indicator               VARCHAR(200),
  unit                    VARCHAR(20),
  limit_value             NUMERIC(18, 4),
  measured_value          NUMERIC(18, 4),
  permit_number           VARCHAR(60),
  permit_held             BOOLEAN,
  test_result             VARCHAR(8),
  safety_conditions_met   BOOLEAN,
  major_hazard            BOOLEAN,
  catalogue_item          VARCHAR(300),
  observations            VARCHAR(2000),
  finding                 BOOLEAN,
  dimension               VARCHAR(16),
  route                   VARCHAR(16),
  severity                VARCHAR(8),
  legal_basis             VARCHAR(1000),
  referred_to             VARCHAR(32),
  equipment_eliminated    BOOLEAN,
  eliminated_in           VARCHAR(32),
  recorded_by             VARCHAR(64),
  recorded_at             TIMESTAMP WITH TIME ZONE,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX insp_inspection_draw ON insp_inspection (draw_number);
CREATE INDEX insp_inspection_year ON insp_inspection (plan_year, jurisdiction_code, department_group);
CREATE INDEX insp_inspection_enterprise ON insp_inspection (credit_code, plan_year);

ALTER TABLE rc_case ADD COLUMN inspection_number VARCHAR(48);
ALTER TABLE ds_elimination ADD COLUMN inspection_number VARCHAR(48);
