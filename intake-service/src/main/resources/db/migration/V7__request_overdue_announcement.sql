ALTER TABLE customer_request ADD COLUMN overdue_announced_at timestamptz;
