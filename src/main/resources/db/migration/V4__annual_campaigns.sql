-- Annual campaigns (年度工作): one per jurisdiction and year, with the milestones of its calendar.

CREATE TABLE cp_campaign (
  campaign_id         VARCHAR(32)   NOT NULL PRIMARY KEY,
  jurisdiction_code   VARCHAR(6)    NOT NULL,
  campaign_year       INT           NOT NULL,
  parent_id           VARCHAR(32),
  document            VARCHAR(300),
  process_instance_id VARCHAR(64),
  state               VARCHAR(16)   NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(64)   NOT NULL,
  CONSTRAINT cp_campaign_once UNIQUE (jurisdiction_code, campaign_year)
);

CREATE TABLE cp_milestone (
  campaign_id         VARCHAR(32)   NOT NULL REFERENCES cp_campaign (campaign_id),
  milestone_key       VARCHAR(60)   NOT NULL,
  phase               VARCHAR(16)   NOT NULL,
  kind                VARCHAR(16)   NOT NULL,
  scope               VARCHAR(16)   NOT NULL,
  name                VARCHAR(500)  NOT NULL,
  due_date            DATE          NOT NULL,
  responsible         VARCHAR(300)  NOT NULL,
  government_approval BOOLEAN       NOT NULL,
  source              VARCHAR(300),
  status              VARCHAR(16)   NOT NULL,
  done_at             TIMESTAMP WITH TIME ZONE,
  done_by             VARCHAR(64),
  overdue             BOOLEAN       NOT NULL DEFAULT FALSE,
  escalated_at        TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (campaign_id, milestone_key)
);
