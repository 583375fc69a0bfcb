package dev.servicedesk.intake.address;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * A Brazilian address where something happens (the place of service). The CEP is accepted with or without its dash
 * and kept as eight digits. Only the city and the state ever leave intake.
 */
@Embeddable
public record Place(
        @Column(name = "place_street") @NotBlank @Size(max = 200) String street,
        @Column(name = "place_number") @NotBlank @Size(max = 20) String number,
        @Column(name = "place_complement") @Size(max = 100) String complement,
        @Column(name = "place_district") @NotBlank @Size(max = 100) String district,
        @Column(name = "place_city") @NotBlank @Size(max = 100) String city,
        @Column(name = "place_state") @Enumerated(EnumType.STRING) @NotNull Uf state,
        @Column(name = "place_cep") @NotNull @Pattern(regexp = "\\d{5}-?\\d{3}", message = "must be a CEP: 8 digits, as 01310-100 or 01310100") String cep) {

    /** The same place with its CEP as eight digits. */
    public Place normalised() {
        return new Place(street.strip(), number.strip(), complement == null ? null : complement.strip(),
                district.strip(), city.strip(), state, cep.replace("-", ""));
    }

    /**
     * The same place of service: the same CEP and street number, and the same complement when both name one (a
     * building's flat, a house's back door); case and spacing do not count.
     */
    public boolean samePlaceAs(Place other) {
        return other != null && digitsOf(cep).equals(digitsOf(other.cep)) && sameText(number, other.number)
                && (isBlank(complement) || isBlank(other.complement) || sameText(complement, other.complement));
    }

    private static String digitsOf(String cep) {
        return cep.replace("-", "");
    }

    private static boolean sameText(String one, String other) {
        return comparable(one).equals(comparable(other));
    }

    private static String comparable(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String formattedCep() {
        return cep.length() == 8 ? cep.substring(0, 5) + "-" + cep.substring(5) : cep;
    }
}
