-- Pre-aggregated KPIs. The projections (request_fact, order_fact...) stay the truth; from them:
--   kpi_fact   one row per fact and KPI family (a request's volume row, an order's "closed" row...): the period day,
--              the filter dimensions, the family's own breakdown, the duration bucket and the measures (0/1 counts,
--              seconds, amounts), so that every KPI is a sum over rows;
--   kpi_rollup the same sums per day (per month for the current-state families), family, grain (a filter set and a
--              breakdown) and the grain's filter value (key), with the durations as sparse histograms.
-- Both are recomputed from the projections for the requests and orders a projection write touched (kpi_dirty, marked
-- by the triggers below in the write's own transaction): recomputing from the projections gives the same rows
-- whatever the order in which the events came and however often, like the projections themselves.

-- Durations as buckets of seconds with 8 significant bits: exact below 256 s, then 128 buckets per power of two, so
-- that the middle of a bucket is within 0.4 % of every duration in it. A negative duration counts as zero.
CREATE FUNCTION duration_bucket(seconds numeric) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE WHEN seconds < 256 THEN greatest(floor(seconds), 0)::bigint
        ELSE (floor(seconds)::bigint >> (length(ltrim(floor(seconds)::bigint::bit(64)::text, '0')) - 8))
            << (length(ltrim(floor(seconds)::bigint::bit(64)::text, '0')) - 8) END;

CREATE TABLE kpi_fact (
    family              text    NOT NULL,
    fact_id             uuid    NOT NULL, -- the request or the order (estimates and holds: their order)
    sub                 integer NOT NULL, -- the estimate or hold version; 0 otherwise
    at                  timestamptz NOT NULL, -- the instant the family is dated by (opened, closed, due...)
    day                 date    NOT NULL, -- its São Paulo day; the month's first day for the current-state families
    department          text,
    provider            text,
    category            text,
    problem_code        text,
    technicians         text[]  NOT NULL, -- an order's technician; the technicians of the orders covering a request
    requests            text[]  NOT NULL, -- 'channel|type|partner' of a request; of every request an order covers
    detail              text,             -- the family's own breakdown: hour, cause, rating, status, reason
    bucket              bigint,           -- duration_bucket of the family's duration
    n                   integer NOT NULL DEFAULT 1,
    information         integer,
    first_contact       integer,
    action              integer,
    linked              integer,
    sac_subject         integer,
    sac_answered        integer,
    sac_ok              integer,
    sac_unanswered      integer,
    rework              integer,
    recurring           integer,
    measured            integer,          -- has a duration
    seconds             numeric,          -- the duration
    response_measured   integer,
    response_on_time    integer,
    resolution_measured integer,
    resolution_on_time  integer,
    estimated           numeric(14, 2),
    final               numeric(14, 2),
    labour              numeric(14, 2),
    parts               numeric(14, 2),
    equipment           numeric(14, 2),
    discount            numeric(14, 2),
    rated               integer,
    rating_sum          integer,
    promoters           integer,
    passives            integer,
    detractors          integer,
    approved            integer,
    rejected            integer,
    helpful             integer,
    not_helpful         integer,
    with_article        integer,
    first_contact_with_article integer
);

CREATE TABLE kpi_rollup (
    family              text   NOT NULL,
    grain               text   NOT NULL, -- '<filter>/<breakdown>': all/total, department/technician, channel/hour...
    key                 text   NOT NULL, -- the filter's value ('' for all)
    day                 date   NOT NULL,
    breakdown           text,            -- the breakdown's value ('' for total)
    n                   bigint NOT NULL,
    information         bigint,
    first_contact       bigint,
    action              bigint,
    linked              bigint,
    sac_subject         bigint,
    sac_answered        bigint,
    sac_ok              bigint,
    sac_unanswered      bigint,
    rework              bigint,
    recurring           bigint,
    measured            bigint,
    seconds             numeric,
    response_measured   bigint,
    response_on_time    bigint,
    resolution_measured bigint,
    resolution_on_time  bigint,
    estimated           numeric,
    final               numeric,
    labour              numeric,
    parts               numeric,
    equipment           numeric,
    discount            numeric,
    rated               bigint,
    rating_sum          bigint,
    promoters           bigint,
    passives            bigint,
    detractors          bigint,
    approved            bigint,
    rejected            bigint,
    helpful             bigint,
    not_helpful         bigint,
    with_article        bigint,
    first_contact_with_article bigint,
    hist                bigint[]         -- [[bucket, count], [bucket, count]...] of the durations
);

-- What a projection write touched, for the refresher: O order, R request (by id), P problem code (by code), A all.
-- Append-only, no key: the refresher deletes the rows it sees, and a mark committed meanwhile stays for its next run.
CREATE TABLE kpi_dirty (
    kind text NOT NULL,
    id   text
);

-- The rebuild sets reporting.rebuilding = on for its own writes and recomputes everything once at its end.
CREATE FUNCTION kpi_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('reporting.rebuilding', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'request_fact' THEN
        INSERT INTO kpi_dirty (kind, id) VALUES ('R', NEW.request_id::text);
    ELSIF TG_TABLE_NAME = 'order_request' THEN
        INSERT INTO kpi_dirty (kind, id) VALUES ('O', NEW.order_id::text), ('R', NEW.request_id::text);
    ELSIF TG_TABLE_NAME = 'problem_code' THEN
        INSERT INTO kpi_dirty (kind, id) VALUES ('P', NEW.code);
    ELSE
        INSERT INTO kpi_dirty (kind, id) VALUES ('O', NEW.order_id::text);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER request_fact_kpi_insert AFTER INSERT ON request_fact FOR EACH ROW EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER request_fact_kpi_update AFTER UPDATE ON request_fact FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER order_fact_kpi_insert AFTER INSERT ON order_fact FOR EACH ROW EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER order_fact_kpi_update AFTER UPDATE ON order_fact FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER order_request_kpi_insert AFTER INSERT ON order_request FOR EACH ROW
    EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER order_request_kpi_update AFTER UPDATE ON order_request FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER order_hold_kpi_insert AFTER INSERT ON order_hold FOR EACH ROW EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER order_hold_kpi_update AFTER UPDATE ON order_hold FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER estimate_fact_kpi_insert AFTER INSERT ON estimate_fact FOR EACH ROW EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER estimate_fact_kpi_update AFTER UPDATE ON estimate_fact FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER problem_code_kpi_insert AFTER INSERT ON problem_code FOR EACH ROW EXECUTE FUNCTION kpi_mark_dirty();
CREATE TRIGGER problem_code_kpi_update AFTER UPDATE ON problem_code FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION kpi_mark_dirty();

-- The projections written before this migration: everything is computed once.
INSERT INTO kpi_dirty (kind) VALUES ('A');
