package dev.servicedesk.workorder.signature;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the signing customer gives: name and document (CPF or CNPJ, digits with or without punctuation), how they
 * signed, and the drawn image as base64 PNG when drawn.
 */
public record SignatureInput(
        @NotBlank @Size(max = 200) String signerName,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z./-]{11,18}", message = "must be a CPF or CNPJ") String signerDocument,
        @NotNull SignatureMethod method,
        @Size(max = Signatures.MAX_IMAGE_BASE64) String imagePng) {
}
