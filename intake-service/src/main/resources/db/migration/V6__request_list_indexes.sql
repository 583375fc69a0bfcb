CREATE INDEX customer_request_opened_idx ON customer_request (opened_at DESC, id DESC);
CREATE INDEX customer_request_customer_idx ON customer_request (customer_id, opened_at DESC) WHERE customer_id IS NOT NULL;
CREATE INDEX customer_request_due_idx ON customer_request (due_at) WHERE status NOT IN ('ANSWERED', 'RECORDED', 'RESOLVED', 'CLOSED', 'CANCELLED');
CREATE INDEX request_history_request_idx ON request_history (request_id, at);
