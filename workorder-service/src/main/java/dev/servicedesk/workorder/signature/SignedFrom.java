package dev.servicedesk.workorder.signature;

/** Where a signature came from, as the HTTP request showed it. */
public record SignedFrom(String ipAddress, String userAgent) {
}
