package dev.servicedesk.workorder.document;

import io.smallrye.config.ConfigMapping;

/** {@code servicedesk.company.*}: the company that issues the estimates and receipts, printed on each of them. */
@ConfigMapping(prefix = "servicedesk.company")
public interface CompanyConfig {

    /** Legal name (razão social). */
    String name();

    /** CNPJ, printed as written here. */
    String cnpj();

    /** Postal address, on one line. */
    String address();

    /** The phone number customers call. */
    String phone();
}
