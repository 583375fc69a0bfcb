package dev.servicedesk.workorder.contact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What this service reads of intake's customer: the contact details a technician needs, never stored here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntakeCustomer(UUID id, String type, String document, String name, List<Phone> phones, String email,
        List<Address> addresses) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phone(String number, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String street, String number, String complement, String district, String city,
            String state, String cep) {
    }
}
