CREATE INDEX customer_request_partner_idx ON customer_request (partner_client_id, opened_at DESC)
    WHERE partner_client_id IS NOT NULL;
