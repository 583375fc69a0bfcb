-- The parts of an order (CDC art. 21 and 70): the kit planned when the order opened, the parts the technician used
-- with their provenance and, for a part that is not new and original, the customer's authorisation; and the
-- defective parts removed. The authorising customer's name is personal data and is kept here only.
CREATE TABLE order_planned_part (
    id          uuid           PRIMARY KEY,
    order_id    uuid           NOT NULL REFERENCES work_order (id),
    position    integer        NOT NULL,
    part_number text           NOT NULL,
    description text           NOT NULL,
    quantity    numeric(12, 3) NOT NULL
);

CREATE TABLE order_used_part (
    id                        uuid           PRIMARY KEY,
    order_id                  uuid           NOT NULL REFERENCES work_order (id),
    part_number               text           NOT NULL,
    description               text           NOT NULL,
    quantity                  numeric(12, 3) NOT NULL,
    unit_cost                 numeric(18, 2) NOT NULL,
    provenance                text           NOT NULL,
    recorded_by               text           NOT NULL,
    recorded_at               timestamptz    NOT NULL,
    authorised_by_customer    text,
    authorisation_method      text,
    authorisation_reference   text,
    authorised_at             timestamptz,
    authorisation_recorded_by text,
    authorisation_recorded_at timestamptz
);

CREATE TABLE order_removed_part (
    id          uuid           PRIMARY KEY,
    order_id    uuid           NOT NULL REFERENCES work_order (id),
    part_number text           NOT NULL,
    description text           NOT NULL,
    quantity    numeric(12, 3) NOT NULL,
    disposal    text           NOT NULL,
    recorded_by text           NOT NULL,
    recorded_at timestamptz    NOT NULL
);
