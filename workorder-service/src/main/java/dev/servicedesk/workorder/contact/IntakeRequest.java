package dev.servicedesk.workorder.contact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What this service reads of intake's request: where the service is done and what the customer said. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntakeRequest(UUID id, String protocol, Action action) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String problemCode, IntakeCustomer.Address place, String description) {
    }
}
