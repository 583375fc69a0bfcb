-- The test consumer's effect: one row per application of an event, so that a doubled effect shows as two rows.
CREATE TABLE probe_effect (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id  uuid   NOT NULL,
    version  bigint NOT NULL,
    event_id uuid   NOT NULL
);

-- Fault injection for the relay: while probe_fault.failing_deletes is above the number of calls counted by the
-- sequence, deleting published rows fails, as a crash between Kafka's acks and the commit would.
CREATE TABLE probe_fault (failing_deletes integer NOT NULL);
INSERT INTO probe_fault VALUES (0);
CREATE SEQUENCE probe_fault_calls;

CREATE FUNCTION probe_fail_delete() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF (SELECT failing_deletes FROM probe_fault) > 0
        AND nextval('probe_fault_calls') <= (SELECT failing_deletes FROM probe_fault) THEN
        RAISE EXCEPTION 'simulated crash between the acks and the commit';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER probe_fail_delete
    BEFORE DELETE ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION probe_fail_delete();
