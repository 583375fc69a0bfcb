-- A request whose order was cancelled goes back to the call centre and may be answered by another order: a request
-- is attached to one order at a time that is not cancelled, which the service enforces (the consumer handles one
-- request's events in order, on one partition).
DROP INDEX order_request_request_key;
CREATE INDEX order_request_request_idx ON order_request (request_id);
