package dev.servicedesk.intake.customer;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers that no earlier run registered: documents, phones and names drawn at random, so that the tests pass
 * again and again against the same database. The check digits are computed here from the Receita Federal's published
 * weight tables, independently of the production code, so that the two check each other.
 */
public final class TestCustomers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] CPF_FIRST_WEIGHTS = { 10, 9, 8, 7, 6, 5, 4, 3, 2 };
    private static final int[] CPF_SECOND_WEIGHTS = { 11, 10, 9, 8, 7, 6, 5, 4, 3, 2 };
    private static final int[] CNPJ_FIRST_WEIGHTS = { 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };
    private static final int[] CNPJ_SECOND_WEIGHTS = { 6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2 };
    private static final String DIGITS = "0123456789";
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private TestCustomers() {
    }

    /** Registers a person no earlier run registered, as the token's caller; returns the customer's id. */
    public static String registeredPerson(String token) {
        return CustomerApi.registered(token, person(randomCpf(), "Cliente " + uniqueWord(), randomMobile()));
    }

    /** Bare: eleven digits. */
    static String randomCpf() {
        return cpfWithCheckDigits(draw(DIGITS, 9));
    }

    /** Bare: fourteen characters; with letters in the first twelve when {@code alphanumeric}. */
    static String randomCnpj(boolean alphanumeric) {
        String base = draw(alphanumeric ? ALPHANUMERIC : DIGITS, 12);
        return cnpjWithCheckDigits(alphanumeric ? "A" + base.substring(1) : base);
    }

    /** By the published weight tables: the check digits match and not every character is the same. */
    static boolean isValidCpf(String cpf) {
        return cpfWithCheckDigits(cpf.substring(0, 9)).equals(cpf) && !allSame(cpf);
    }

    static boolean isValidCnpj(String cnpj) {
        return cnpjWithCheckDigits(cnpj.substring(0, 12)).equals(cnpj) && !allSame(cnpj);
    }

    private static boolean allSame(String document) {
        return document.chars().distinct().count() == 1;
    }

    private static String cpfWithCheckDigits(String nineDigits) {
        String first = nineDigits + weighted(nineDigits, CPF_FIRST_WEIGHTS);
        return first + weighted(first, CPF_SECOND_WEIGHTS);
    }

    private static String cnpjWithCheckDigits(String twelveCharacters) {
        String first = twelveCharacters + weighted(twelveCharacters, CNPJ_FIRST_WEIGHTS);
        return first + weighted(first, CNPJ_SECOND_WEIGHTS);
    }

    /** Eleven digits: a São Paulo mobile. */
    static String randomMobile() {
        return "119" + draw(DIGITS, 8);
    }

    /** A made-up surname no earlier run used, so that a name search finds exactly the customers of this run. */
    static String uniqueWord() {
        String word = draw(LETTERS, 10);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String formattedCpf(String cpf) {
        return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
    }

    static String formattedMobile(String phone) {
        return "(" + phone.substring(0, 2) + ") " + phone.substring(2, 7) + "-" + phone.substring(7);
    }

    /** A person with one mobile, an e-mail and one address in Campinas, as a client would send it. */
    static Map<String, Object> person(String cpf, String name, String mobile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "PERSON");
        body.put("document", formattedCpf(cpf));
        body.put("name", name);
        body.put("phones", new ArrayList<>(List.of(Map.of("number", formattedMobile(mobile), "kind", "MOBILE"))));
        body.put("email", name.toLowerCase().replaceAll("[^a-z]", "") + "@example.com.br");
        body.put("addresses", new ArrayList<>(List.of(address())));
        body.put("preferredChannel", "WHATSAPP");
        return body;
    }

    static Map<String, Object> person() {
        return person(randomCpf(), "Maria da Conceição " + uniqueWord(), randomMobile());
    }

    static Map<String, Object> company(String cnpj, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "COMPANY");
        body.put("document", cnpj);
        body.put("name", name);
        body.put("email", "contato@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".com.br");
        return body;
    }

    static Map<String, Object> address() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "Rua Barão de Jaguara");
        address.put("number", "1481");
        address.put("complement", "apto 52");
        address.put("district", "Centro");
        address.put("city", "Campinas");
        address.put("state", "SP");
        address.put("cep", "13015-002");
        return address;
    }

    private static char weighted(String body, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (body.charAt(i) - 48) * weights[i];
        }
        int remainder = sum % 11;
        return remainder < 2 ? '0' : (char) ('0' + 11 - remainder);
    }

    /** Another character of the same alphabet at the position: a typing mistake. */
    static String mistype(String document, int position) {
        boolean checkDigit = position >= document.length() - 2;
        String alphabet = !checkDigit && document.chars().anyMatch(Character::isLetter) ? ALPHANUMERIC : DIGITS;
        char replacement;
        do {
            replacement = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        } while (replacement == document.charAt(position));
        return document.substring(0, position) + replacement + document.substring(position + 1);
    }

    private static String draw(String alphabet, int length) {
        StringBuilder drawn = new StringBuilder();
        for (int i = 0; i < length; i++) {
            drawn.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return drawn.toString();
    }
}
