-- A KPI reads its rollup rows by family, grain, filter value and days; the refresher replaces a family's days.
CREATE INDEX kpi_rollup_read_idx ON kpi_rollup (family, grain, key, day);
CREATE INDEX kpi_rollup_day_idx ON kpi_rollup (family, day);
-- The refresher replaces the rows of the requests and orders a write touched.
CREATE INDEX kpi_fact_fact_idx ON kpi_fact (fact_id);
-- Filter sets without a rollup read kpi_fact: by days, by the selective filters (problem code, category, technician).
CREATE INDEX kpi_fact_day_idx ON kpi_fact (family, day);
CREATE INDEX kpi_fact_problem_code_idx ON kpi_fact (family, problem_code, day);
CREATE INDEX kpi_fact_category_idx ON kpi_fact (family, category, day);
CREATE INDEX kpi_fact_technicians_idx ON kpi_fact USING gin (technicians);
-- The unanswered requests of the day in which the 7-day SAC deadline falls, read row by row.
CREATE INDEX kpi_fact_sac_unanswered_idx ON kpi_fact (family, day) WHERE sac_unanswered = 1;
