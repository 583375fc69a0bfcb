package dev.servicedesk.workorder.signature;

/** How the customer signed: drawn on a signature pad (a PNG image), by typing the name, or by clicking to accept. */
public enum SignatureMethod {
    DRAWN, TYPED, CLICK_TO_ACCEPT
}
