package dev.servicedesk.intake.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A Brazilian postal address: logradouro, número, complemento, bairro, município, UF and CEP. */
@Embeddable
public class CustomerAddress {

    @Column(name = "street", nullable = false)
    private String street;

    /** Text, not a number: {@code 1500}, {@code 12-A}, {@code S/N} (sem número). */
    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "complement")
    private String complement;

    @Column(name = "district")
    private String district;

    @Column(name = "city", nullable = false)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private Uf state;

    @Column(name = "cep", nullable = false)
    private String cep;

    protected CustomerAddress() {
    }

    public CustomerAddress(String street, String number, String complement, String district, String city, Uf state,
            Cep cep) {
        this.street = street.strip();
        this.number = number.strip();
        this.complement = blankToNull(complement);
        this.district = blankToNull(district);
        this.city = city.strip();
        this.state = state;
        this.cep = cep.value();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String street() {
        return street;
    }

    public String number() {
        return number;
    }

    public String complement() {
        return complement;
    }

    public String district() {
        return district;
    }

    public String city() {
        return city;
    }

    public Uf state() {
        return state;
    }

    public Cep cep() {
        return new Cep(cep);
    }
}
