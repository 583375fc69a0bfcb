package dev.servicedesk.intake.request;

/** What the customer wants (seed 003): information, an action (a problem to fix), or to leave a comment. */
public enum RequestType {
    INFORMATION, ACTION, COMMENT
}
