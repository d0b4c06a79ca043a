-- The kind of violation a plan treats apart from its dimension (济宁方案 二(二): solid waste, 限期治理).
ALTER TABLE rc_case ADD COLUMN violation VARCHAR(24);
