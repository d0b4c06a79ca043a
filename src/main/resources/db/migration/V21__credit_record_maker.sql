-- The department that made a credit record (the case's lead department) may repair it, beside the campaign's lead.
ALTER TABLE cr_credit_record ADD COLUMN maker_group VARCHAR(60);
