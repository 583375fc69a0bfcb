-- The service report (seed 004) written when an order is completed: what was done, the cause, whether the problem
-- recurs, the final costs against the approved estimate, the customer's acceptance signature and satisfaction rating.
CREATE TABLE service_report (
    order_id                uuid           PRIMARY KEY REFERENCES work_order (id),
    activities              text           NOT NULL,
    cause_category          text           NOT NULL,
    cause_text              text,
    prevention_notes        text,
    recurring               boolean        NOT NULL,
    recurring_of            uuid           REFERENCES work_order (id),
    rework                  boolean        NOT NULL,
    rework_of               uuid           REFERENCES work_order (id),
    labour_cost             numeric(18, 2) NOT NULL,
    parts_cost              numeric(18, 2) NOT NULL,
    equipment_cost          numeric(18, 2) NOT NULL,
    discount                numeric(18, 2) NOT NULL,
    total_cost              numeric(18, 2) NOT NULL,
    estimated_total         numeric(18, 2),
    technician              text           NOT NULL,
    completed_at            timestamptz    NOT NULL,
    acceptance_signature_id uuid           REFERENCES order_signature (id),
    rating                  integer        CHECK (rating BETWEEN 0 AND 10),
    rated_at                timestamptz,
    rated_by                text
);
