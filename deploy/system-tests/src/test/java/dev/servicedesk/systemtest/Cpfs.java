package dev.servicedesk.systemtest;

import java.security.SecureRandom;

/** CPFs for customers the system tests register. */
public final class Cpfs {

    private Cpfs() {
    }

    /** A CPF no earlier run used, with its check digits (Receita Federal's weights). */
    public static String unused() {
        SecureRandom random = new SecureRandom();
        StringBuilder cpf = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            cpf.append(random.nextInt(10));
        }
        for (int round = 0; round < 2; round++) {
            int sum = 0;
            for (int i = 0; i < cpf.length(); i++) {
                sum += (cpf.charAt(i) - '0') * (cpf.length() + 1 - i);
            }
            int digit = 11 - sum % 11;
            cpf.append(digit >= 10 ? 0 : digit);
        }
        return cpf.toString();
    }
}
