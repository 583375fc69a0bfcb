package dev.servicedesk.knowledge.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of what an agent typed, without accents and in lower case, as the search index keeps them, less the
 * words that say nothing about the subject ("de", "não", "para"...): "não" is in nearly every article, and a word
 * every article has only makes the search slower, never better.
 */
final class QueryWords {

    private static final Set<String> FILLERS = Set.of("a", "o", "as", "os", "e", "de", "da", "do", "das", "dos",
            "em", "no", "na", "nos", "nas", "um", "uma", "uns", "umas", "para", "pra", "por", "pelo", "pela", "com",
            "sem", "que", "se", "ao", "aos", "ou", "mais", "muito", "meu", "minha", "seu", "sua", "nao", "sim", "esta",
            "estou", "ela", "ele", "eu", "me", "mas", "como", "qual", "quando", "onde", "ja", "tem", "ter", "foi");

    private QueryWords() {
    }

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = Arrays.stream(fold(text).split("[^a-z0-9]+")).filter(word -> !word.isEmpty())
                .distinct().limit(12).toList();
        List<String> meaningful = words.stream().filter(word -> !FILLERS.contains(word)).toList();
        return meaningful.isEmpty() ? words : meaningful;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
