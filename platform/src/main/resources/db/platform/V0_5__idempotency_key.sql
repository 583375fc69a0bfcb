-- Responses to POSTs that carried an Idempotency-Key, stored in the same transaction as the effect, so that a retry
-- with the same key returns the same answer and creates nothing new. Keys are scoped to the caller.
CREATE TABLE idempotency_key (
    caller        text        NOT NULL,
    key           text        NOT NULL,
    fingerprint   text        NOT NULL,
    status        integer     NOT NULL,
    location      text,
    etag          text,
    content_type  text,
    body          text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
