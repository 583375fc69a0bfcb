-- The backlog (orders neither closed nor cancelled) read by status and age without scanning the closed ones; ratings
-- by the day they were given.
CREATE INDEX order_fact_backlog_idx ON order_fact (status, opened_at) WHERE status NOT IN ('CLOSED', 'CANCELLED');
CREATE INDEX order_fact_rated_idx ON order_fact (rated_at) WHERE rating IS NOT NULL;
CREATE INDEX order_hold_resumed_idx ON order_hold (resumed_at);
