package dev.servicedesk.intake.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.intake.address.Uf;
import dev.servicedesk.intake.channel.Channel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer as the API shows it: in full, formatted as people write it, or masked for roles that may not see personal
 * data. A masked view has the same shape, so a client reads both alike, and says {@code masked: true}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerView(UUID id, CustomerType type, String document, String name, List<PhoneView> phones,
        String email, List<AddressView> addresses, Channel preferredChannel, String registeredBy, String partnerId,
        Instant createdAt, Instant updatedAt, Instant erasedAt, long version, boolean masked) {

    private static final String HIDDEN = "***";

    public record PhoneView(String number, PhoneKind kind) {
    }

    public record AddressView(String street, String number, String complement, String district, String city, Uf state,
            String cep) {
    }

    static CustomerView full(Customer customer) {
        return new CustomerView(customer.id(), customer.type(),
                customer.erased() ? null : customer.document().formatted(), customer.name(),
                customer.phones().stream().map(p -> new PhoneView(p.number().formatted(), p.kind())).toList(),
                customer.email() == null ? null : customer.email().value(),
                customer.addresses().stream().map(a -> new AddressView(a.street(), a.number(), a.complement(),
                        a.district(), a.city(), a.state(), a.formattedCep())).toList(),
                customer.preferredChannel(), customer.registeredBy(), customer.partnerClientId(), customer.createdAt(),
                customer.updatedAt(), customer.erasedAt(), customer.version(), false);
    }

    /**
     * Street, number and complement hidden, the CEP to its district, phones to their last four digits, the document
     * to its middle, a person's name to the first name and the initial of the last; a company's name stays, for it
     * is not personal data. City, state and district stay visible, for reports and planning need them.
     */
    static CustomerView masked(Customer customer) {
        return new CustomerView(customer.id(), customer.type(),
                customer.erased() ? null : customer.document().masked(),
                customer.type() == CustomerType.PERSON && !customer.erased() ? maskedPersonName(customer.name())
                        : customer.name(),
                customer.phones().stream().map(p -> new PhoneView(p.number().masked(), p.kind())).toList(),
                customer.email() == null ? null : customer.email().masked(),
                customer.addresses().stream().map(a -> new AddressView(HIDDEN, HIDDEN,
                        a.complement() == null ? null : HIDDEN, a.district(), a.city(), a.state(), maskedCep(a.cep())))
                        .toList(),
                customer.preferredChannel(), customer.registeredBy(), customer.partnerClientId(), customer.createdAt(),
                customer.updatedAt(), customer.erasedAt(), customer.version(), true);
    }

    /** The first five digits name a region or district; the last three narrow it to a street. */
    static String maskedCep(String cep) {
        return cep.substring(0, 5) + "-***";
    }

    /** {@code Maria da Conceição Souza} becomes {@code Maria S.} */
    static String maskedPersonName(String name) {
        String[] words = name.strip().split("\\s+");
        return words.length == 1 ? words[0] : words[0] + " " + words[words.length - 1].charAt(0) + ".";
    }
}
