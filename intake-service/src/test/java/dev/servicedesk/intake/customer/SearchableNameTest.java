package dev.servicedesk.intake.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchableNameTest {

    @Test
    void accentsCaseAndPunctuationDoNotCount() {
        assertEquals("jose davila conceicao", SearchableName.of("  José D'Ávila-CONCEIÇÃO "));
        assertEquals("joao goncalves", SearchableName.of("João   Gonçalves"));
        assertEquals("ferragens sao jorge ltda", SearchableName.of("Ferragens São Jorge Ltda."));
    }

    @Test
    void aQueryIsSplitIntoTheSameWordsAsTheStoredName() {
        assertEquals(List.of("conceicao", "jose"), SearchableName.words("CONCEIÇÃO, josé"));
        assertEquals(List.of(), SearchableName.words(" - "));
    }
}
