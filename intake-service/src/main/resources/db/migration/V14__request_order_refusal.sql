-- The work-order service refused to open or join an order for the request: why, and when intake learned it.
ALTER TABLE customer_request
    ADD COLUMN order_refusal_code   text,
    ADD COLUMN order_refusal_reason text,
    ADD COLUMN order_refused_at     timestamptz;
