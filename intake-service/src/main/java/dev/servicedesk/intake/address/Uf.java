package dev.servicedesk.intake.address;

/** The 26 states and the Federal District, by their two-letter code (unidade federativa). */
public enum Uf {
    AC, AL, AP, AM, BA, CE, DF, ES, GO, MA, MT, MS, MG, PA, PB, PR, PE, PI, RJ, RN, RS, RO, RR, SC, SP, SE, TO
}
