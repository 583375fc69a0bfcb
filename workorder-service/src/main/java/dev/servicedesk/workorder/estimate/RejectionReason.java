package dev.servicedesk.workorder.estimate;

/** Why the customer turned an estimate down: a code that reports can count (the words stay in the note). */
public enum RejectionReason {
    PRICE, DEADLINE, PAYMENT_CONDITIONS, NO_LONGER_NEEDED, OTHER_PROVIDER, OTHER
}
