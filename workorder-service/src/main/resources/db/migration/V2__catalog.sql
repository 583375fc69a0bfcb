-- The service catalogue (seed 003): department -> provider -> service category -> problem code with its standard order.
CREATE TABLE catalog_department (
    id         uuid        PRIMARY KEY,
    code       text        NOT NULL,
    name       text        NOT NULL,
    retired_at timestamptz,
    version    bigint      NOT NULL,
    CONSTRAINT catalog_department_code_key UNIQUE (code)
);

CREATE TABLE catalog_provider (
    id            uuid        PRIMARY KEY,
    code          text        NOT NULL,
    name          text        NOT NULL,
    department_id uuid        NOT NULL REFERENCES catalog_department (id),
    retired_at    timestamptz,
    version       bigint      NOT NULL,
    CONSTRAINT catalog_provider_code_key UNIQUE (code)
);

CREATE TABLE catalog_category (
    id          uuid        PRIMARY KEY,
    code        text        NOT NULL,
    name        text        NOT NULL,
    provider_id uuid        NOT NULL REFERENCES catalog_provider (id),
    retired_at  timestamptz,
    version     bigint      NOT NULL,
    CONSTRAINT catalog_category_code_key UNIQUE (code)
);

CREATE TABLE catalog_problem_code (
    id                         uuid        PRIMARY KEY,
    code                       text        NOT NULL,
    name                       text        NOT NULL,
    category_id                uuid        NOT NULL REFERENCES catalog_category (id),
    default_priority           text        NOT NULL,
    response_hours             integer     NOT NULL,
    resolution_hours           integer     NOT NULL,
    checklist                  jsonb       NOT NULL,
    kit                        jsonb       NOT NULL,
    estimate_lines             jsonb       NOT NULL,
    terms                      text        NOT NULL,
    estimate_approval_required boolean     NOT NULL,
    signature_required         boolean     NOT NULL,
    product_data_required      boolean     NOT NULL,
    goods                      text        NOT NULL,
    retired_at                 timestamptz,
    version                    bigint      NOT NULL,
    CONSTRAINT catalog_problem_code_code_key UNIQUE (code)
);

CREATE INDEX catalog_provider_department_idx ON catalog_provider (department_id);
CREATE INDEX catalog_category_provider_idx ON catalog_category (provider_id);
CREATE INDEX catalog_problem_code_category_idx ON catalog_problem_code (category_id);
