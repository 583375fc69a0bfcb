package dev.servicedesk.intake.customer;

import dev.servicedesk.intake.address.Place;
import dev.servicedesk.intake.channel.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer as a client sends it to register or update: documents, phones and CEPs formatted or bare. Sizes and
 * addresses are checked by Bean Validation; what the document, phones and e-mail mean (check digits, area codes) by
 * the value objects, in {@link #toProfile()}.
 */
public record CustomerDetails(
        @NotNull CustomerType type,
        @NotBlank @Size(max = 20) String document,
        @NotBlank @Size(max = 150) String name,
        @Size(max = Customer.MAX_PHONES) List<@NotNull @Valid PhoneDetails> phones,
        @Size(max = Email.MAX_LENGTH) String email,
        @Size(max = Customer.MAX_ADDRESSES) List<@NotNull @Valid Place> addresses,
        Channel preferredChannel) {

    public record PhoneDetails(@NotBlank @Size(max = 25) String number, @NotNull PhoneKind kind) {
    }

    /** The checked profile, or a validation problem naming every field at fault. */
    public CustomerProfile toProfile() {
        FieldErrors errors = new FieldErrors();
        TaxId taxId = errors.parse("document", () -> TaxId.parse(type, document));
        List<CustomerPhone> checkedPhones = new ArrayList<>();
        List<PhoneDetails> givenPhones = phones == null ? List.of() : phones;
        for (int i = 0; i < givenPhones.size(); i++) {
            PhoneDetails phone = givenPhones.get(i);
            checkedPhones.add(errors.parse("phones[" + i + "].number",
                    () -> new CustomerPhone(Phone.parse(phone.number()), phone.kind())));
        }
        Email checkedEmail = email == null || email.isBlank() ? null : errors.parse("email", () -> Email.parse(email));
        errors.throwIfAny();
        return new CustomerProfile(taxId, name, checkedPhones, checkedEmail, addresses == null ? List.of() : addresses,
                preferredChannel);
    }
}
