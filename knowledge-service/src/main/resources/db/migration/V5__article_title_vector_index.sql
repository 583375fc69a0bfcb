CREATE INDEX article_title_vector_idx ON article USING gin (title_vector);
