CREATE INDEX inbox_event_received_at_idx ON inbox_event (received_at);
