-- History and access-log ids are taken fifty at a time (Hibernate's pooled sequence: each value it draws is the top of
-- a block of fifty), so that the rows a change writes go to the database in one JDBC batch instead of one round trip
-- each. The identity columns become plain columns with a sequence of that shape, started above every id in use.
ALTER TABLE request_history ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE request_history_id_seq INCREMENT BY 50 OWNED BY request_history.id;
SELECT setval('request_history_id_seq', COALESCE((SELECT max(id) FROM request_history), 0) + 50);

ALTER TABLE customer_access ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE customer_access_id_seq INCREMENT BY 50 OWNED BY customer_access.id;
SELECT setval('customer_access_id_seq', COALESCE((SELECT max(id) FROM customer_access), 0) + 50);
