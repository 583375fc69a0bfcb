-- A request answers one order at most: the consumer and the API rely on it to attach a request once.
CREATE UNIQUE INDEX order_request_request_key ON order_request (request_id);
CREATE INDEX order_history_order_idx ON order_history (order_id);
CREATE INDEX work_order_list_idx ON work_order (opened_at DESC, id DESC);
CREATE INDEX work_order_status_idx ON work_order (status);
CREATE INDEX work_order_problem_code_idx ON work_order (problem_code);
CREATE INDEX work_order_technician_idx ON work_order (technician_id) WHERE technician_id IS NOT NULL;
CREATE INDEX work_order_customer_idx ON work_order (customer_id);
CREATE INDEX work_order_warranty_idx ON work_order (customer_id, problem_code, warranty_until)
    WHERE warranty_until IS NOT NULL;
CREATE INDEX work_order_open_sla_idx ON work_order (resolution_due_at)
    WHERE status NOT IN ('COMPLETED', 'CLOSED', 'CANCELLED');
CREATE INDEX order_request_partner_idx ON order_request (partner_id) WHERE partner_id IS NOT NULL;
