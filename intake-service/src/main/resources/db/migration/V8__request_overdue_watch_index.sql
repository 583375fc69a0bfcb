CREATE INDEX customer_request_unannounced_due_idx ON customer_request (due_at)
    WHERE overdue_announced_at IS NULL
        AND status NOT IN ('ANSWERED', 'RECORDED', 'RESOLVED', 'CLOSED', 'CANCELLED');
