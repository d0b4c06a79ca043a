-- Issue 16: the year's elimination plan (年度淘汰落后计划) of a jurisdiction, generated from the registry by the exit
-- lines (exit-lines.dmn) and the catalogue's eliminate category (catalogue-eliminate.dmn), reviewed and approved; its
-- candidates with the clause of each, what the review left out and why, the elimination each approved line went into
-- and, for the 2,500 t/d clinker lines that stay, the capacity-replacement plan received.
CREATE TABLE ep_plan (
  plan_number         VARCHAR(32)   NOT NULL PRIMARY KEY,
  jurisdiction_code   VARCHAR(6)    NOT NULL,
  plan_year           INTEGER       NOT NULL,
  process_instance_id VARCHAR(64),
  state               VARCHAR(16)   NOT NULL,
  compared_on         DATE          NOT NULL,
  review_opinion      VARCHAR(2000),
  reviewed_by         VARCHAR(64),
  reviewed_at         TIMESTAMP WITH TIME ZONE,
  approval_opinion    VARCHAR(2000),
  approved_by         VARCHAR(64),
  approved_at         TIMESTAMP WITH TIME ZONE,
  created_by          VARCHAR(64)   NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT ep_plan_one_per_year UNIQUE (jurisdiction_code, plan_year)
);

CREATE TABLE ep_candidate (
  plan_number          VARCHAR(32)   NOT NULL,
  line_id              BIGINT        NOT NULL,
  credit_code          VARCHAR(18)   NOT NULL,
  jurisdiction_code    VARCHAR(6)    NOT NULL,
  sector               VARCHAR(32)   NOT NULL,
  action               VARCHAR(16)   NOT NULL,
  clause               VARCHAR(500),
  catalogue_item       VARCHAR(300),
  capacity             NUMERIC(18, 4),
  capacity_unit        VARCHAR(20),
  included             BOOLEAN       NOT NULL,
  exclusion_reason     VARCHAR(1000),
  elimination_number   VARCHAR(32),
  replacement_plan     VARCHAR(2000),
  replacement_number   VARCHAR(100),
  replacement_on       DATE,
  PRIMARY KEY (plan_number, line_id)
);
CREATE INDEX ep_candidate_line ON ep_candidate (line_id);
