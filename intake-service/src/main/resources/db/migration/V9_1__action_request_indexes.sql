CREATE INDEX customer_request_problem_idx ON customer_request (problem_code, place_city, place_state)
    WHERE problem_code IS NOT NULL;
