-- The inbox: one row per event a consumer has applied, written in the same transaction as the effect, so that a
-- redelivered event is recognised and changes nothing.
CREATE TABLE inbox_event (
    consumer    text        NOT NULL,
    event_id    uuid        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
