package dev.servicedesk.workorder.document;

import java.util.Objects;

/**
 * Who the document is for, as the customer registry holds them. The document (CPF or CNPJ) and the phone are printed as
 * given; {@code address}, {@code phone} and {@code email} may be null.
 */
public record CustomerContact(String name, String document, String address, String phone, String email) {

    public CustomerContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
    }
}
