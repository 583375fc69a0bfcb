-- Customers' signatures on orders: estimate approvals and acceptances of the work done.
CREATE TABLE order_signature (
    id              uuid        PRIMARY KEY,
    order_id        uuid        NOT NULL REFERENCES work_order (id),
    purpose         text        NOT NULL,
    subject_id      uuid        NOT NULL,
    signer_name     text        NOT NULL,
    signer_document text        NOT NULL,
    method          text        NOT NULL,
    image_png       bytea,
    signed_at       timestamptz NOT NULL,
    ip_address      text,
    user_agent      text,
    content_sha256  text        NOT NULL
);

CREATE INDEX order_signature_order_idx ON order_signature (order_id);
