-- Issue 16: the comprehensive-standards evaluation reports (综合标准评价工作情况) a department sends to the province's
-- department with a copy to the city's industry department where the plan says so (Weihai 四(二)).
CREATE TABLE insp_eval_report (
  report_number       VARCHAR(48)   NOT NULL PRIMARY KEY,
  jurisdiction_code   VARCHAR(6)    NOT NULL,
  department_group    VARCHAR(60)   NOT NULL,
  report_year         INTEGER       NOT NULL,
  process_instance_id VARCHAR(64),
  summary             VARCHAR(3900) NOT NULL,
  note                VARCHAR(2000),
  reported_to         VARCHAR(60)   NOT NULL,
  copied_to           VARCHAR(60),
  submitted_by        VARCHAR(64)   NOT NULL,
  submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  received_by         VARCHAR(64),
  received_at         TIMESTAMP WITH TIME ZONE,
  received_note       VARCHAR(2000),
  read_by             VARCHAR(64),
  read_at             TIMESTAMP WITH TIME ZONE,
  CONSTRAINT insp_eval_report_one UNIQUE (jurisdiction_code, department_group, report_year)
);
