CREATE TABLE customer_request (
    id                uuid        PRIMARY KEY,
    protocol          text        NOT NULL,
    channel           text        NOT NULL,
    status            text        NOT NULL,
    opened_at         timestamptz NOT NULL,
    due_at            timestamptz NOT NULL,
    opened_by         text        NOT NULL,
    partner_client_id text,
    version           bigint      NOT NULL,
    CONSTRAINT customer_request_protocol_key UNIQUE (protocol)
);
