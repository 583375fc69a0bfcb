package dev.servicedesk.workorder.contact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What this service reads of intake's customer: the contact details a technician needs, never stored here. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IntakeCustomer(UUID id, String type, String document, String name, List<Phone> phones, String email,
        List<Address> addresses, Instant erasedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phone(String number, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String street, String number, String complement, String district, String city,
            String state, String cep) {

        /** As a Brazilian letter writes it: {@code Rua X, 123, apto 4 - Bairro, Cidade/UF, CEP 01310-100}. */
        public String oneLine() {
            String streetLine = street + ", " + number + (complement == null || complement.isBlank() ? "" : ", " + complement);
            return streetLine + " - " + district + ", " + city + "/" + state + ", CEP " + cep;
        }
    }

    /** Erased at the titular's request (LGPD): intake keeps the id, and nothing to reach or name the person by. */
    public boolean erased() {
        return erasedAt != null;
    }

    /** The first phone, or none. */
    public String firstPhone() {
        return phones == null || phones.isEmpty() ? null : phones.get(0).number();
    }

    /** The first address, in one line, or none. */
    public String firstAddress() {
        return addresses == null || addresses.isEmpty() ? null : addresses.get(0).oneLine();
    }
}
