-- LGPD erasure: a customer erased at the titular's request keeps its id, type and dates (the requests and orders
-- that refer to it stay whole) and loses what identifies the person, the document first.
ALTER TABLE customer
    ALTER COLUMN document DROP NOT NULL,
    ADD COLUMN erased_at timestamptz,
    ADD COLUMN erased_by text;

ALTER TABLE customer_access DROP CONSTRAINT customer_access_access_check;
ALTER TABLE customer_access
    ADD CONSTRAINT customer_access_access_check CHECK (access IN ('REGISTER', 'READ', 'SEARCH', 'UPDATE', 'ERASE'));
