-- History ids are taken fifty at a time (Hibernate's pooled sequence: each value it draws is the top of a block of
-- fifty), so that the rows a change writes go to the database in one JDBC batch instead of one round trip each. The
-- identity column becomes a plain column with a sequence of that shape, started above every id in use.
ALTER TABLE order_history ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE order_history_id_seq INCREMENT BY 50 OWNED BY order_history.id;
SELECT setval('order_history_id_seq', COALESCE((SELECT max(id) FROM order_history), 0) + 50);
