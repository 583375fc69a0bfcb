CREATE INDEX outbox_event_pending_idx ON outbox_event (seq) WHERE parked_at IS NULL;
