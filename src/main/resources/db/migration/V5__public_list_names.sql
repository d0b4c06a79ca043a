-- The enterprise's name as published on the yellow and red lists, kept at the time of listing:
-- a later rename in the registry must not change a list already published. Existing listings
-- take the registry's current name, the best record there is of it.

ALTER TABLE rc_case ADD COLUMN yellow_list_name VARCHAR(200);
ALTER TABLE rc_case ADD COLUMN red_list_name VARCHAR(200);

UPDATE rc_case SET yellow_list_name = (SELECT e.name FROM reg_enterprise e WHERE e.credit_code = rc_case.credit_code)
  WHERE yellow_listed_at IS NOT NULL;
UPDATE rc_case SET red_list_name = (SELECT e.name FROM reg_enterprise e WHERE e.credit_code = rc_case.credit_code)
  WHERE red_listed_at IS NOT NULL;
