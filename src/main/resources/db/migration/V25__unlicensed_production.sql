-- Issue 15 (Weihai 三(三), Jining 三(七)): unlicensed production found at a licence-holder inspection is investigated
-- under 《工业产品生产许可证管理条例》第四十五条: stop order, the penalty notice and decision (confiscation, a fine of one to
-- three times the goods value), and the transfer of a suspected crime to the police.
ALTER TABLE insp_inspection ADD COLUMN licence_held BOOLEAN;

CREATE TABLE lic_unlicensed_sequence (
  jurisdiction_code VARCHAR(6) NOT NULL,
  case_year         INTEGER    NOT NULL,
  last_value        INTEGER    NOT NULL,
  PRIMARY KEY (jurisdiction_code, case_year)
);

CREATE TABLE lic_unlicensed (
  case_number         VARCHAR(32)    NOT NULL PRIMARY KEY,
  inspection_number   VARCHAR(48)    NOT NULL UNIQUE,
  credit_code         VARCHAR(18)    NOT NULL,
  jurisdiction_code   VARCHAR(6)     NOT NULL,
  finding             VARCHAR(2000)  NOT NULL,
  found_on            DATE           NOT NULL,
  process_instance_id VARCHAR(64),
  state               VARCHAR(16)    NOT NULL,
  stop_order_number   VARCHAR(100),
  stop_served_on      DATE,
  seized_products     VARCHAR(1000),
  goods_value         NUMERIC(18, 2),
  notice_number       VARCHAR(100),
  notice_served_on    DATE,
  statement           VARCHAR(2000),
  hearing_requested   BOOLEAN,
  hearing_on          DATE,
  hearing_record      VARCHAR(2000),
  penalty_number      VARCHAR(100),
  penalty_on          DATE,
  fine                NUMERIC(18, 2),
  illegal_income      NUMERIC(18, 2),
  suspected_crime     BOOLEAN,
  transfer_letter     VARCHAR(100),
  transfer_on         DATE,
  police_receipt_on   DATE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX lic_unlicensed_jurisdiction ON lic_unlicensed (jurisdiction_code, state);
