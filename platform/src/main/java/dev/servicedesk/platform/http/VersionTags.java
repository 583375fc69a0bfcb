package dev.servicedesk.platform.http;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: an aggregate's {@code @Version} is its {@code ETag}; a change must send it back in
 * {@code If-Match}, so that nobody overwrites a change they have not seen.
 */
public final class VersionTags {

    private VersionTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 when {@code If-Match} is missing, 412 when it names another version than the current one. */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                    "Send the ETag you last read in If-Match, so that no change is overwritten unseen.");
        }
        String expected = of(currentVersion).toString();
        String weakExpected = "W/" + expected;
        boolean matches = false;
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            matches |= candidate.equals(expected) || candidate.equals(weakExpected) || candidate.equals("*");
        }
        if (!matches) {
            throw new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                    "It changed since you read it (now " + expected + "); read it again and retry.");
        }
    }
}
