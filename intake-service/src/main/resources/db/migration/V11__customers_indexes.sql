CREATE INDEX customer_name_search_idx ON customer (name_search, id);
CREATE INDEX customer_partner_idx ON customer (partner_client_id, name_search, id) WHERE partner_client_id IS NOT NULL;
CREATE INDEX customer_email_idx ON customer (email) WHERE email IS NOT NULL;
CREATE INDEX customer_phone_number_idx ON customer_phone (number);
CREATE INDEX customer_access_customer_idx ON customer_access (customer_id, accessed_at);
