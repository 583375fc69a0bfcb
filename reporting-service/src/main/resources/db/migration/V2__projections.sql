-- Read models, fed by events only. Every write is an idempotent upsert: a row's snapshot columns (status, codes,
-- type...) follow the highest aggregate version seen, and each fact column is set by the one event that states it,
-- so the tables converge whatever the order in which the events arrive.

CREATE TABLE request_fact (
    request_id    uuid PRIMARY KEY,
    version       bigint      NOT NULL DEFAULT -1, -- of status
    type_version  bigint      NOT NULL DEFAULT -1,
    logged_version bigint     NOT NULL DEFAULT -1, -- of what RequestLogged states (channel, problem code...)
    protocol      text,
    type          text,
    status        text,
    channel       text,
    problem_code  text,
    customer_id   uuid,
    partner_id    text,
    opened_at     timestamptz,
    due_at        timestamptz,
    answered_at   timestamptz,
    closed_at     timestamptz,
    resolved_at   timestamptz,
    cancelled_at  timestamptz
);

CREATE TABLE order_fact (
    order_id             uuid PRIMARY KEY,
    version              bigint      NOT NULL DEFAULT -1,
    number               text,
    problem_code         text,
    category_code        text,
    provider_code        text,
    department_code      text,
    status               text,
    priority             text,
    customer_id          uuid,
    origin               text,
    coverage             text,
    rework               boolean,
    warranty_of          uuid,
    opened_at            timestamptz,
    response_due_at      timestamptz,
    resolution_due_at    timestamptz,
    responded_at         timestamptz,
    response_on_time     boolean,
    technician_id        text,
    technician_version   bigint      NOT NULL DEFAULT -1,
    completed_at         timestamptz,
    resolution_on_time   boolean,
    cause_category       text,
    recurring            boolean,
    recurring_of         uuid,
    parts_new_original   integer,
    parts_new_compatible integer,
    parts_reconditioned  integer,
    parts_used           integer,
    defective_parts      integer,
    amount_labour        numeric(14, 2),
    amount_parts         numeric(14, 2),
    amount_equipment     numeric(14, 2),
    amount_discount      numeric(14, 2),
    amount_total         numeric(14, 2),
    amount_estimated     numeric(14, 2),
    currency             text,
    acceptance_signed    boolean,
    rating               integer,
    rated_at             timestamptz,
    rating_version       bigint      NOT NULL DEFAULT -1,
    closed_at            timestamptz,
    warranty_until       timestamptz,
    cancelled_at         timestamptz,
    cancel_reason        text,
    hold_reason          text,
    hold_version         bigint      NOT NULL DEFAULT -1
);

-- Which requests an order covers; attached: the request joined an order that already existed (a duplicate avoided).
CREATE TABLE order_request (
    order_id   uuid    NOT NULL,
    request_id uuid    NOT NULL,
    attached   boolean NOT NULL,
    PRIMARY KEY (order_id, request_id)
);

-- One row per finished hold (OrderResumed): why and for how long.
CREATE TABLE order_hold (
    order_id       uuid   NOT NULL,
    version        bigint NOT NULL,
    reason         text   NOT NULL,
    paused_seconds bigint NOT NULL,
    resumed_at     timestamptz,
    PRIMARY KEY (order_id, version)
);

CREATE TABLE estimate_fact (
    order_id         uuid    NOT NULL,
    estimate_version integer NOT NULL,
    issued_at        timestamptz,
    grand_total      numeric(14, 2),
    approved_at      timestamptz,
    rejected_at      timestamptz,
    reject_reason    text,
    PRIMARY KEY (order_id, estimate_version)
);

-- The catalogue's problem codes with their place (department > provider > category) and name, for filters and
-- the service report.
CREATE TABLE problem_code (
    code            text PRIMARY KEY,
    version         bigint NOT NULL,
    name            text   NOT NULL,
    category_code   text   NOT NULL,
    provider_code   text   NOT NULL,
    department_code text   NOT NULL,
    retired         boolean NOT NULL
);
