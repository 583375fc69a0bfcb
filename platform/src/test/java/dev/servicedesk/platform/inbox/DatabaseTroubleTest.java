package dev.servicedesk.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures a consumer waits out (the database is away or busy) and which it counts against the event. */
class DatabaseTroubleTest {

    @Test
    void aLostConnectionIsWaitedOutWhereverItIsWrapped() {
        assertTrue(EventProcessor.isDatabaseTrouble(
                new IllegalStateException("wrapped", new SQLException("connection refused", "08001"))));
        assertTrue(EventProcessor.isDatabaseTrouble(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(EventProcessor.isDatabaseTrouble(new SQLException("terminating connection", "57P01")));
    }

    @Test
    void contentionIsWaitedOut() {
        assertTrue(EventProcessor.isDatabaseTrouble(new SQLException("could not serialize access", "40001")));
        assertTrue(EventProcessor.isDatabaseTrouble(new RuntimeException(new OptimisticLockException("stale"))));
    }

    @Test
    void aBugOrABadRowIsNot() {
        assertFalse(EventProcessor.isDatabaseTrouble(new NullPointerException()));
        assertFalse(EventProcessor.isDatabaseTrouble(new SQLException("duplicate key", "23505")));
        assertFalse(EventProcessor.isDatabaseTrouble(new SQLException("no state")));
    }
}
