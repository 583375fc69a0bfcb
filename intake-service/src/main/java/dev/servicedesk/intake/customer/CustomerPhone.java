package dev.servicedesk.intake.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One of a customer's phone numbers, and what kind of line it is. */
@Embeddable
public class CustomerPhone {

    @Column(name = "number", nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PhoneKind kind;

    protected CustomerPhone() {
    }

    /** A mobile line has a mobile number and a landline a landline's; WhatsApp runs on either. */
    public CustomerPhone(Phone number, PhoneKind kind) {
        if (!number.fits(kind)) {
            throw new InvalidValueException(number.formatted() + " is a " + (number.isMobile() ? "mobile" : "landline")
                    + " number, not a " + kind + " one");
        }
        this.number = number.value();
        this.kind = kind;
    }

    public Phone number() {
        return new Phone(number);
    }

    public PhoneKind kind() {
        return kind;
    }
}
