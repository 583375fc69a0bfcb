package dev.servicedesk.platform.inbox;

/**
 * An event that will never be applied however often it is retried (bad JSON, unknown type, a schema violation, a
 * business rule that can never pass). It goes to the consumer's dead-letter topic with this message as the reason.
 */
public class PermanentEventFailure extends RuntimeException {

    public PermanentEventFailure(String reason) {
        super(reason);
    }

    public PermanentEventFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
