-- At most one approved version per order: issuing a new version supersedes the approved one first.
CREATE UNIQUE INDEX estimate_one_approved_per_order ON estimate (order_id) WHERE status = 'APPROVED';
