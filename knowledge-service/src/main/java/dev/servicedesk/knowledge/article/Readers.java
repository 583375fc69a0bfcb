package dev.servicedesk.knowledge.article;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;

/**
 * Who reads what: editors (supervisor, admin) every article in every status; staff and other services published
 * articles of both audiences; partners published public articles only. An article a caller may not read does not
 * exist for it (404).
 */
public final class Readers {

    public static final String[] EDITORS = { Roles.SUPERVISOR, Roles.ADMIN };
    public static final String[] ALL = { Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN,
            Roles.PARTNER, Roles.SERVICE };

    private Readers() {
    }

    public static boolean isEditor(SecurityIdentity caller) {
        return caller.hasRole(Roles.SUPERVISOR) || caller.hasRole(Roles.ADMIN);
    }

    /** Staff roles see internal articles; a caller with only the partner role does not. */
    public static boolean seesInternal(SecurityIdentity caller) {
        return List.of(Roles.AGENT, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ANALYST, Roles.ADMIN, Roles.SERVICE)
                .stream().anyMatch(caller::hasRole);
    }

    public static boolean mayRead(SecurityIdentity caller, Article article) {
        if (isEditor(caller)) {
            return true;
        }
        return article.status() == ArticleStatus.PUBLISHED
                && (article.audience() == Audience.PUBLIC || seesInternal(caller));
    }

    public static Article requireReadable(SecurityIdentity caller, Article article) {
        if (!mayRead(caller, article)) {
            throw ProblemException.notFound("No article " + article.id() + ".");
        }
        return article;
    }
}
