package dev.servicedesk.intake.customer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A name as the search compares it: without accents, in lower case, words separated by one space ({@code José
 * D'Ávila-Conceição} becomes {@code jose davila conceicao}). Computed here rather than in SQL because intake's
 * schema has no {@code unaccent}; the same function serves the stored column and the query, so they always agree.
 */
public final class SearchableName {

    private SearchableName() {
    }

    public static String of(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT)
                .replaceAll("['’`´]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    /** The words of a search, each to be found at the start of a word of the name, in any order. */
    public static List<String> words(String query) {
        String normalised = of(query);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }
}
