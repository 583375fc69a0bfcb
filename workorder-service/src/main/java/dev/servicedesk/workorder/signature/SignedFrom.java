package dev.servicedesk.workorder.signature;

/** Where a signature came from, as the HTTP request showed it. */
public record SignedFrom(String ipAddress, String userAgent) {

    private static final int MAX_ADDRESS = 100;
    private static final int MAX_USER_AGENT = 1000;

    /**
     * The client's address as the first proxy saw it (the first entry of {@code X-Forwarded-For}), else the address
     * of the connection; and the client's {@code User-Agent}. Both are cut to a sane length.
     */
    public static SignedFrom of(String forwardedFor, String remoteAddress, String userAgent) {
        String client = forwardedFor == null ? "" : forwardedFor.split(",", 2)[0].strip();
        return new SignedFrom(cut(client.isEmpty() ? remoteAddress : client, MAX_ADDRESS),
                cut(userAgent, MAX_USER_AGENT));
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
