-- The holidays and make-up working days of a year the seed data (seeds/calendars/workdays.yaml) does not
-- hold yet, entered by an administrator from the State Council's annual notice without a release.
CREATE TABLE cal_holiday_year (
  holiday_year INT           NOT NULL PRIMARY KEY,
  holidays     VARCHAR(2000) NOT NULL,
  workdays     VARCHAR(2000) NOT NULL,
  source       VARCHAR(300)  NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
