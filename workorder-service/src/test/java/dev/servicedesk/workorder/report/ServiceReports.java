package dev.servicedesk.workorder.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Completion bodies as a technician's front end sends them. */
final class ServiceReports {

    static final String PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private ServiceReports() {
    }

    /** The smallest report: what was done, the cause, the labour; nothing signed, nothing rated. */
    static Map<String, Object> report() {
        Map<String, Object> report = new HashMap<>();
        report.put("activities", "Substituição prevista do termostato; teste de temperatura por 30 minutos");
        report.put("causeCategory", "WEAR");
        report.put("preventionNotes", "Limpar a grade traseira a cada seis meses");
        report.put("costs", Map.of("labour", new BigDecimal("120.00")));
        return report;
    }

    static Map<String, Object> with(Map<String, Object> report, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(report);
        changed.put(field, value);
        return changed;
    }

    /** The customer's acceptance, drawn on the technician's signature pad. */
    static Map<String, Object> signed(Map<String, Object> report) {
        return with(report, "signature", Map.of("signerName", "Maria da Conceição Souza",
                "signerDocument", "123.456.789-09", "method", "DRAWN", "imagePng", PNG_BASE64));
    }
}
