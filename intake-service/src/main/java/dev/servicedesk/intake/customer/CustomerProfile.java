package dev.servicedesk.intake.customer;

import dev.servicedesk.intake.address.Place;
import dev.servicedesk.intake.channel.Channel;
import java.util.List;

/**
 * What the registry knows about a customer, every value already checked: the document's check digits, the phones'
 * area codes, the e-mail; the addresses' CEPs and states by Bean Validation. The first address is the main one.
 */
public record CustomerProfile(TaxId document, String name, List<CustomerPhone> phones, Email email,
        List<Place> addresses, Channel preferredChannel) {

    public CustomerProfile {
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
    }
}
