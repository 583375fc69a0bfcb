CREATE INDEX request_fact_opened_idx ON request_fact (opened_at);
CREATE INDEX request_fact_open_due_idx ON request_fact (due_at) WHERE status IN ('DRAFT', 'OPEN', 'LINKED');
CREATE INDEX order_fact_opened_idx ON order_fact (opened_at);
CREATE INDEX order_fact_closed_idx ON order_fact (closed_at);
CREATE INDEX order_fact_completed_idx ON order_fact (completed_at);
CREATE INDEX order_fact_cancelled_idx ON order_fact (cancelled_at);
CREATE INDEX order_fact_status_idx ON order_fact (status);
CREATE INDEX order_request_request_idx ON order_request (request_id);
CREATE INDEX estimate_fact_issued_idx ON estimate_fact (issued_at);
