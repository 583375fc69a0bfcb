CREATE INDEX customer_request_order_idx ON customer_request (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX customer_request_refused_idx ON customer_request (order_refused_at DESC) WHERE order_refused_at IS NOT NULL;
CREATE INDEX customer_request_place_idx ON customer_request (place_cep, problem_code) WHERE place_cep IS NOT NULL;
