package dev.servicedesk.intake.request;

import dev.servicedesk.intake.address.Place;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What the agent types after the protocol was given: the type, and the section of that type (seed 003: the request
 * type decides which parts must be filled in). A draft can be described again and again until it is logged.
 */
public record RequestDetails(
        @NotNull RequestType type,
        UUID customerId,
        @Valid Information information,
        @Valid Action action,
        @Valid Comment comment) {

    /** How a problem code of the service catalogue looks. */
    static final String PROBLEM_CODE = "[A-Z0-9][A-Z0-9._-]{1,39}";
    static final String PROBLEM_CODE_MESSAGE = "must be a problem code of the service catalogue";

    /**
     * An action request: the problem (its code in the service catalogue and the customer's description), the place of
     * service, and the product when there is one. The customer is {@link #customerId()}.
     */
    public record Action(
            @Pattern(regexp = PROBLEM_CODE, message = PROBLEM_CODE_MESSAGE) String problemCode,
            @Valid Place place,
            @Size(max = 4000) String description,
            @Valid Product product) {
    }

    /** An information request: the question, the knowledge articles consulted, the answer given. */
    public record Information(
            @Size(max = 2000) String question,
            @Size(max = 20) List<@NotNull UUID> articleIds,
            @Size(max = 4000) String answer) {
    }

    /** Praise, complaint, suggestion or other remark: recorded, no follow-up. */
    public record Comment(@NotBlank @Size(max = 4000) String text, @NotNull CommentKind kind) {
    }
}
