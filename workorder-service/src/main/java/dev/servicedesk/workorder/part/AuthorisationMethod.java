package dev.servicedesk.workorder.part;

/** How the customer authorised a part that is not new and original. */
public enum AuthorisationMethod {
    SIGNATURE, RECORDED_CALL, WRITTEN
}
