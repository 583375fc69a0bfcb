-- intake's own view of the work orders that answer its requests, kept from the work-order service's events.
CREATE TABLE followed_order (
    id            uuid        PRIMARY KEY,
    number        text        NOT NULL,
    problem_code  text        NOT NULL,
    status        text        NOT NULL,
    technician_id text,
    opened_at     timestamptz,
    order_version bigint      NOT NULL
);

CREATE TABLE followed_order_request (
    order_id   uuid NOT NULL REFERENCES followed_order (id),
    request_id uuid NOT NULL,
    PRIMARY KEY (order_id, request_id)
);
