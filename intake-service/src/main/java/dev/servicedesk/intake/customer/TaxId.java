package dev.servicedesk.intake.customer;

/** The Receita Federal's number of a customer: a CPF for a person, a CNPJ for a company. */
public sealed interface TaxId permits Cpf, Cnpj {

    CustomerType customerType();

    /** Normalised: digits, and upper-case letters for an alphanumeric CNPJ. This is what is stored and compared. */
    String value();

    /** As people write it: {@code 529.982.247-25}, {@code 12.ABC.345/01DE-35}. */
    String formatted();

    /** For roles that may not see personal data: only the middle stays visible. */
    String masked();

    static TaxId parse(CustomerType type, String text) {
        return switch (type) {
            case PERSON -> Cpf.parse(text);
            case COMPANY -> Cnpj.parse(text);
        };
    }

    /** For a search that does not say which kind: eleven characters are a CPF, anything else must be a CNPJ. */
    static TaxId parseEither(String text) {
        String bare = text == null ? "" : CheckDigits.withoutPunctuation(text);
        return bare.length() == Cpf.LENGTH ? Cpf.parse(bare) : Cnpj.parse(bare);
    }
}
