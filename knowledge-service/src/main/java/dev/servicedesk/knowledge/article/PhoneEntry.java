package dev.servicedesk.knowledge.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A line of a phone directory: who, and the number to read out. */
public record PhoneEntry(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[0-9+() -]{3,30}", message = "must be 3 to 30 digits, spaces, +, ( ) or -")
        String number) {
}
