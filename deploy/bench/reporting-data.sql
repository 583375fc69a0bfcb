-- Benchmark data for the reporting KPIs, written straight into the projections (schema reporting): 1,000,000 orders
-- and 2,000,000 requests over the last 365 days, on a catalogue of 5 departments, 20 providers, 50 categories and
-- 200 problem codes, 300 technicians and 20 partners; 500 knowledge articles, ~500,000 consultations, ~125,000
-- feedbacks. Replaces whatever the projections held: run a rebuild to get
-- the real numbers back. Deterministic (setseed). Run as the reporting role:
--   psql -v ON_ERROR_STOP=1 -f deploy/bench/reporting-data.sql
-- The KPI rows (kpi_fact, kpi_rollup) are not written here: the last statement asks the running service's refresher
-- to compute them all from these projections, with the same SQL as for live events (it takes a few minutes; the
-- benchmark script waits until kpi_dirty is empty).
SET search_path = reporting;
-- Bulk writes: no per-row marks for the refresher (the rebuild does the same).
SET reporting.rebuilding = on;
SELECT setseed(0.42);
TRUNCATE request_fact, order_fact, order_request, order_hold, estimate_fact, problem_code, article_fact,
    article_feedback, request_article, kpi_fact, kpi_rollup, kpi_dirty;

INSERT INTO problem_code (code, version, name, category_code, provider_code, department_code, retired)
SELECT 'PC-' || i, 1, 'Problema ' || i, 'CAT-' || (i % 50), 'PRV-' || (i % 50 % 20), 'DEP-' || (i % 50 % 20 % 5), false
FROM generate_series(0, 199) AS i;

-- Requests: request i opened at a random moment of the year; every other one is an action request that opens or
-- joins order i / 2.
INSERT INTO request_fact (request_id, version, type_version, logged_version, protocol, type, status, channel,
    problem_code, customer_id, partner_id, opened_at, due_at, answered_at, closed_at, resolved_at, cancelled_at)
SELECT md5('r' || i)::uuid, 3, 3, 1, 'P-' || i, o.type,
    CASE WHEN o.type = 'COMMENT' THEN 'RECORDED' WHEN x < 0.9 THEN CASE WHEN o.type = 'ACTION' THEN 'RESOLVED'
        ELSE 'CLOSED' END WHEN x < 0.95 THEN 'OPEN' ELSE 'CANCELLED' END,
    (ARRAY['PHONE', 'EMAIL', 'FAX', 'WEB_FORM', 'CHAT', 'WHATSAPP', 'PARTNER_API'])[1 + (i % 7)],
    'PC-' || (i % 200), md5('c' || (i % 400000))::uuid, CASE WHEN i % 7 = 6 THEN 'partner-' || (i % 20) END,
    o.opened, o.opened + interval '7 days',
    CASE WHEN o.type = 'INFORMATION' AND x < 0.9 THEN o.opened + x * interval '9 days' END,
    CASE WHEN o.type = 'INFORMATION' AND x < 0.9 THEN o.opened + x * interval '9 days' END,
    CASE WHEN o.type = 'ACTION' AND x < 0.9 THEN o.opened + x * interval '12 days' END,
    CASE WHEN x >= 0.95 THEN o.opened + interval '1 day' END
FROM (SELECT i, now() - random() * interval '365 days' AS opened, random() AS x,
        CASE WHEN i % 2 = 0 THEN 'ACTION' WHEN i % 10 = 9 THEN 'COMMENT' ELSE 'INFORMATION' END AS type
    FROM generate_series(0, 1999999) AS i) AS o;

-- Orders: order j opened shortly after its first request (2j); 85% closed, 5% cancelled, the rest in the backlog.
INSERT INTO order_fact (order_id, version, number, problem_code, category_code, provider_code, department_code,
    status, priority, customer_id, origin, coverage, rework, opened_at, response_due_at, resolution_due_at,
    responded_at, response_on_time, technician_id, technician_version, completed_at, resolution_on_time,
    cause_category, recurring, parts_new_original, parts_new_compatible, parts_reconditioned, parts_used,
    defective_parts, amount_labour, amount_parts, amount_equipment, amount_discount, amount_total, amount_estimated,
    currency, acceptance_signed, rating, rated_at, rating_version, closed_at, warranty_until, cancelled_at,
    cancel_reason, hold_reason, hold_version)
SELECT md5('o' || j)::uuid, 10, 'OS-' || j, r.problem_code, p.category_code, p.provider_code, p.department_code,
    CASE WHEN x < 0.85 THEN 'CLOSED' WHEN x < 0.90 THEN 'CANCELLED'
        ELSE (ARRAY['OPEN', 'AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED'])
            [1 + (j % 7)] END,
    (ARRAY['LOW', 'NORMAL', 'HIGH', 'URGENT'])[1 + (j % 4)], r.customer_id, 'REQUEST',
    CASE WHEN j % 20 = 0 THEN 'WARRANTY' ELSE 'CHARGEABLE' END, j % 20 = 0,
    r.opened_at + interval '5 minutes', r.opened_at + interval '1 day', r.opened_at + interval '3 days',
    CASE WHEN x < 0.85 THEN r.opened_at + y * interval '2 days' END, CASE WHEN x < 0.85 THEN y < 0.5 END,
    'tec-' || (j % 300), 5,
    CASE WHEN x < 0.85 THEN r.opened_at + (0.2 + y * 6) * interval '1 day' END, CASE WHEN x < 0.85 THEN y < 0.45 END,
    CASE WHEN x < 0.85 THEN (ARRAY['PRODUCT_DEFECT', 'WEAR', 'MISUSE', 'INSTALLATION', 'STAFF_ERROR', 'OTHER'])
        [1 + (j % 6)] END,
    CASE WHEN x < 0.85 THEN j % 9 = 0 END, 1, 0, 0, 0, j % 2,
    100 + j % 200, 50 + j % 300, 0, j % 3 * 10, 150 + j % 200 + j % 300 - j % 3 * 10, 150 + j % 480, 'BRL', true,
    CASE WHEN x < 0.85 AND j % 10 < 7 THEN (j * 7) % 11 END,
    CASE WHEN x < 0.85 AND j % 10 < 7 THEN r.opened_at + (0.3 + y * 6) * interval '1 day' END, 9,
    CASE WHEN x < 0.85 THEN r.opened_at + (0.3 + y * 6) * interval '1 day' END,
    CASE WHEN x < 0.85 THEN r.opened_at + interval '97 days' END,
    CASE WHEN x >= 0.85 AND x < 0.90 THEN r.opened_at + interval '1 day' END,
    CASE WHEN x >= 0.85 AND x < 0.90 THEN 'CUSTOMER_WITHDREW' END,
    CASE WHEN x >= 0.90 AND j % 7 = 5 THEN (ARRAY['PARTS', 'CUSTOMER', 'ACCESS', 'OTHER'])[1 + (j % 4)] END, 7
FROM (SELECT j, random() AS x, random() AS y FROM generate_series(0, 999999) AS j) AS z
    JOIN request_fact r ON r.request_id = md5('r' || (2 * z.j))::uuid
    JOIN problem_code p ON p.code = r.problem_code;

INSERT INTO order_request (order_id, request_id, attached)
SELECT md5('o' || j)::uuid, md5('r' || (2 * j))::uuid, false FROM generate_series(0, 999999) AS j;
-- One order in ten also covers a later request that joined it (a duplicate avoided).
INSERT INTO order_request (order_id, request_id, attached)
SELECT md5('o' || j)::uuid, md5('r' || (2 * ((j + 1) % 1000000)))::uuid, true
FROM generate_series(0, 999999, 10) AS j;

INSERT INTO estimate_fact (order_id, estimate_version, issued_at, grand_total, approved_at, rejected_at, reject_reason)
SELECT o.order_id, 1, o.opened_at + interval '2 hours', o.amount_estimated,
    CASE WHEN o.status <> 'CANCELLED' THEN o.opened_at + interval '2 hours' + (abs(hashtext(o.number)) % 48)
        * interval '1 hour' END,
    CASE WHEN o.status = 'CANCELLED' THEN o.opened_at + interval '1 day' END,
    CASE WHEN o.status = 'CANCELLED' THEN 'PRICE' END
FROM order_fact o WHERE abs(hashtext(o.number)) % 10 < 6;

INSERT INTO order_hold (order_id, version, reason, paused_seconds, resumed_at)
SELECT o.order_id, 7, (ARRAY['PARTS', 'CUSTOMER', 'ACCESS', 'OTHER'])[1 + abs(hashtext(o.number)) % 4],
    3600 + abs(hashtext(o.number)) % 86400, o.completed_at - interval '1 hour'
FROM order_fact o WHERE o.completed_at IS NOT NULL AND abs(hashtext(o.number)) % 5 = 0;

-- Knowledge: 500 published articles; half the information requests consulted one (a quarter of those two), and the
-- agents rated one consultation in four, two thirds of them helpful.
INSERT INTO article_fact (article_id, version, kind, status, published_at)
SELECT md5('a' || k)::uuid, 2, (ARRAY['CALL_SCRIPT', 'PHONE_DIRECTORY', 'EXTERNAL_LINK', 'ARTICLE_LINK', 'ANSWER'])
    [1 + k % 5], 'PUBLISHED', now() - interval '400 days'
FROM generate_series(0, 499) AS k;

INSERT INTO request_article (request_id, article_id)
SELECT md5('r' || i)::uuid, md5('a' || ((i * 7) % 500))::uuid FROM generate_series(0, 1999999) AS i
WHERE i % 10 IN (1, 3)
UNION ALL
SELECT md5('r' || i)::uuid, md5('a' || ((i * 13 + 1) % 500))::uuid FROM generate_series(0, 1999999) AS i
WHERE i % 10 = 1 AND i % 20 = 1 AND (i * 13 + 1) % 500 <> (i * 7) % 500;

INSERT INTO article_feedback (article_id, request_id, helpful, given_at)
SELECT a.article_id, a.request_id, abs(hashtext(a.request_id::text)) % 3 <> 0, r.opened_at + interval '10 minutes'
FROM request_article a JOIN request_fact r ON r.request_id = a.request_id
WHERE abs(hashtext(a.request_id::text || a.article_id::text)) % 4 = 0;

ANALYZE article_fact;
ANALYZE request_article;
ANALYZE article_feedback;
ANALYZE request_fact;
ANALYZE order_fact;
ANALYZE order_request;
ANALYZE order_hold;
ANALYZE estimate_fact;
ANALYZE problem_code;

INSERT INTO kpi_dirty (kind) VALUES ('A');
