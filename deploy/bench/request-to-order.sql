-- Request → order latency per minute, from the two services' own clocks: intake's logged_at (set in the transaction
-- that answers the client's 201) to workorder's opened_at (set in the consumer's transaction that commits the order).
-- No probe loads the services while it is measured. Run after a benchmark against the run command's database:
--   (source deploy/lib/common.sh; sd_init_state; sd_pg_psql servicedesk -v minutes=20 -f deploy/bench/request-to-order.sql)
WITH flows AS (
    SELECT date_trunc('minute', r.logged_at) AS minute,
           extract(epoch FROM (o.opened_at - r.logged_at)) * 1000 AS ms
    FROM intake.customer_request r
    JOIN workorder.order_request q ON q.request_id = r.id
    JOIN workorder.work_order o ON o.id = q.order_id
    WHERE r.logged_at > now() - make_interval(mins => :minutes))
SELECT minute, count(*) AS orders,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS p50_ms,
       round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS p99_ms,
       round(max(ms)::numeric) AS max_ms
FROM flows
GROUP BY minute
ORDER BY minute;
