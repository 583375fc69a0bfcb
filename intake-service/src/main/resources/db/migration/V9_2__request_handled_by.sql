ALTER TABLE customer_request ADD COLUMN handled_by text;
UPDATE customer_request SET handled_by = opened_by;
ALTER TABLE customer_request ALTER COLUMN handled_by SET NOT NULL;
