-- The transactional outbox (shared by every service through platform): a use case inserts its events here in its own
-- transaction; the relay publishes them to Kafka and deletes each row once the broker acknowledged it.
-- Column names follow Debezium's outbox event router, so that Debezium could take over by configuration.
CREATE TABLE outbox_event (
    seq                bigint GENERATED ALWAYS AS IDENTITY,
    id                 uuid        NOT NULL PRIMARY KEY,
    aggregatetype      text        NOT NULL,
    aggregateid        text        NOT NULL,
    aggregateversion   bigint      NOT NULL,
    type               text        NOT NULL,
    "timestamp"        timestamptz NOT NULL,
    topic              text        NOT NULL,
    payload            text        NOT NULL,
    tracingspancontext text,
    attempts           integer     NOT NULL DEFAULT 0,
    last_error         text,
    parked_at          timestamptz
);

-- Wakes the relay at commit time (NOTIFY is delivered on commit only); one channel per schema, since every service
-- shares the database.
CREATE FUNCTION outbox_event_notify() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('outbox_' || TG_TABLE_SCHEMA, '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_event_inserted
    AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
