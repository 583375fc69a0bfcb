package dev.servicedesk.intake.customer;

/** A person identified by CPF, or a company identified by CNPJ. */
public enum CustomerType {
    PERSON, COMPANY
}
