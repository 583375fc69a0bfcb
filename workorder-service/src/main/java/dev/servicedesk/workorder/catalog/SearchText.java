package dev.servicedesk.workorder.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for search: lower case, accents dropped, so that "nao" finds "Geladeira não gela". */
final class SearchText {

    private SearchText() {
    }

    static String of(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).strip();
    }
}
