package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import java.util.List;

/**
 * What a search looks for; every criterion given must match. The name matches when each word of the query starts a
 * word of the name, in any order, whatever the accents and case ({@code jose silva} finds {@code José da Silva}).
 */
public record CustomerSearch(TaxId document, List<String> nameWords, Phone phone, Email email) {

    static final int MAX_NAME_WORDS = 6;

    public CustomerSearch {
        nameWords = List.copyOf(nameWords);
    }

    /** From the query parameters as typed; a bad one is a validation problem naming it. */
    public static CustomerSearch parse(String document, String name, String phone, String email) {
        if (isBlank(document) && isBlank(name) && isBlank(phone) && isBlank(email)) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                    "Search by at least one of document, name, phone or email.");
        }
        FieldErrors errors = new FieldErrors();
        TaxId taxId = isBlank(document) ? null : errors.parse("document", () -> TaxId.parseEither(document));
        List<String> words = isBlank(name) ? List.of() : SearchableName.words(name);
        if (!isBlank(name) && String.join("", words).length() < 2) {
            errors.add("name", "give at least 2 letters or digits");
        }
        if (words.size() > MAX_NAME_WORDS) {
            errors.add("name", "give at most " + MAX_NAME_WORDS + " words");
        }
        Phone checkedPhone = isBlank(phone) ? null : errors.parse("phone", () -> Phone.parse(phone));
        Email checkedEmail = isBlank(email) ? null : errors.parse("email", () -> Email.parse(email));
        errors.throwIfAny();
        return new CustomerSearch(taxId, words, checkedPhone, checkedEmail);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
