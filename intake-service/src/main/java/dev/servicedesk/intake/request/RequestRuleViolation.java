package dev.servicedesk.intake.request;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import java.util.List;

/** A change a request's rules do not allow in its current state, or a request not complete enough for it. */
public class RequestRuleViolation extends ProblemException {

    private RequestRuleViolation(int status, String type, String title, String detail, List<Problem.Violation> fields) {
        super(status, type, title, detail, fields);
    }

    static RequestRuleViolation notAllowed(String detail) {
        return new RequestRuleViolation(409, "request-transition-not-allowed", "Not allowed in this state", detail,
                List.of());
    }

    static RequestRuleViolation incomplete(RequestType type, List<Problem.Violation> missing) {
        return new RequestRuleViolation(422, "request-incomplete", "Request incomplete",
                "A " + type.name().toLowerCase() + " request needs these fields before it can be logged.", missing);
    }

    static RequestRuleViolation notRefused(RequestStatus status) {
        return new RequestRuleViolation(409, "request-not-refused", "Nothing to resubmit",
                "Only an open action request that the work-order service refused is resubmitted; this one is "
                        + status + (status == RequestStatus.OPEN ? " with no refusal." : "."),
                List.of());
    }

    static RequestRuleViolation noPlaceToCompare(List<Problem.Violation> missing) {
        return new RequestRuleViolation(422, "request-incomplete", "Request incomplete",
                "Orders that may cover a request are found by its problem code and place of service.", missing);
    }

    static RequestRuleViolation sectionDoesNotFit(String field, RequestType type) {
        return new RequestRuleViolation(422, "section-does-not-fit-type", "Section does not fit the type",
                "A " + type.name().toLowerCase() + " request has no " + field + " section.",
                List.of(new Problem.Violation(field, "not part of a " + type.name().toLowerCase() + " request")));
    }
}
