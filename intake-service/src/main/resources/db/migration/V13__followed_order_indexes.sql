CREATE INDEX followed_order_problem_idx ON followed_order (problem_code, opened_at DESC)
    WHERE status NOT IN ('COMPLETED', 'CLOSED', 'CANCELLED');
CREATE INDEX followed_order_technician_idx ON followed_order (technician_id) WHERE technician_id IS NOT NULL;
CREATE INDEX followed_order_request_request_idx ON followed_order_request (request_id);
