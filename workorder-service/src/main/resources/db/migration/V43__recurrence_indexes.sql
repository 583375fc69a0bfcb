-- A completed order's report looks for an earlier completion of the same product or of the same customer's problem.
CREATE INDEX work_order_serial_completed_idx ON work_order (product_serial_number, completed_at)
    WHERE completed_at IS NOT NULL AND product_serial_number IS NOT NULL;
CREATE INDEX work_order_customer_problem_completed_idx ON work_order (customer_id, problem_code, completed_at)
    WHERE completed_at IS NOT NULL;
