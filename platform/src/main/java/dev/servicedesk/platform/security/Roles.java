package dev.servicedesk.platform.security;

/** The realm roles of the suite's identity provider, as they appear in the token's {@code realm_access.roles}. */
public final class Roles {

    public static final String AGENT = "agent";
    public static final String TECHNICIAN = "technician";
    public static final String SUPERVISOR = "supervisor";
    public static final String ANALYST = "analyst";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    /** Another Servicedesk service calling with a client-credentials token. */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
