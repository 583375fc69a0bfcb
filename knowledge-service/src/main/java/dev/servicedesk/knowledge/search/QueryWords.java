package dev.servicedesk.knowledge.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words of what an agent typed, without accents and in lower case, as the search index keeps them. */
final class QueryWords {

    private QueryWords() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(fold(text).split("[^a-z0-9]+")).filter(word -> !word.isEmpty()).distinct().limit(12)
                .toList();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
