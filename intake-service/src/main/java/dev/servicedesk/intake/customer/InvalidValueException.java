package dev.servicedesk.intake.customer;

/** A value that is not what it claims to be (a CPF with wrong check digits, a CEP with seven digits). */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
