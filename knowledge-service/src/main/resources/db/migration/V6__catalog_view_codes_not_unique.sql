-- The catalogue keys its events by entry id, so a deleted entry and a new one reusing its code can arrive in either
-- order (different partitions). The view keeps entries by id; a code is known while any entry carries it.
ALTER TABLE catalog_problem_code DROP CONSTRAINT catalog_problem_code_code_key;
ALTER TABLE catalog_category DROP CONSTRAINT catalog_category_code_key;
CREATE INDEX catalog_problem_code_code_idx ON catalog_problem_code (code);
CREATE INDEX catalog_category_code_idx ON catalog_category (code);
