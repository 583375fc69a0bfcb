CREATE INDEX article_search_vector_idx ON article USING gin (search_vector);
CREATE INDEX article_folded_title_trgm_idx ON article USING gin (folded_title gin_trgm_ops);
CREATE INDEX article_problem_codes_idx ON article USING gin (problem_codes jsonb_path_ops);
CREATE INDEX article_status_idx ON article (status, audience);
CREATE INDEX article_target_idx ON article (target_article_id) WHERE target_article_id IS NOT NULL;
CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops);
CREATE INDEX article_usage_request_idx ON article_usage (request_id);
