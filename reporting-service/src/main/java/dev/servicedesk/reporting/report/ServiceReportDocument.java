package dev.servicedesk.reporting.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The service report as the PDF shows it: sections of labelled lines, in Brazilian Portuguese, São Paulo time. */
public record ServiceReportDocument(String number, String subtitle, List<Section> sections) {

    public record Section(String title, List<Line> lines) {
    }

    public record Line(String label, String value) {
    }

    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", PT_BR)
            .withZone(ZoneId.of("America/Sao_Paulo"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("PRODUCT_DEFECT", "Defeito do produto"), Map.entry("WEAR", "Desgaste natural"),
            Map.entry("MISUSE", "Mau uso"), Map.entry("INSTALLATION", "Instalação"),
            Map.entry("STAFF_ERROR", "Falha da equipe"), Map.entry("OTHER", "Outro"),
            Map.entry("PARTS", "Aguardando peças"), Map.entry("CUSTOMER", "Aguardando o cliente"),
            Map.entry("ACCESS", "Sem acesso ao local"), Map.entry("CHARGEABLE", "Cobrado"),
            Map.entry("WARRANTY", "Garantia"), Map.entry("CONTRACT", "Contrato"),
            Map.entry("REQUEST", "Solicitação de cliente"), Map.entry("STAFF", "Equipe interna"),
            Map.entry("LOW", "Baixa"), Map.entry("NORMAL", "Normal"), Map.entry("HIGH", "Alta"),
            Map.entry("URGENT", "Urgente"), Map.entry("INFORMATION", "Informação"), Map.entry("ACTION", "Ação"),
            Map.entry("COMMENT", "Comentário"), Map.entry("PHONE", "Telefone"), Map.entry("EMAIL", "E-mail"),
            Map.entry("FAX", "Fax"), Map.entry("WEB_FORM", "Formulário web"), Map.entry("CHAT", "Chat"),
            Map.entry("WHATSAPP", "WhatsApp"), Map.entry("PARTNER_API", "Sistema parceiro"),
            Map.entry("CLOSED", "Encerrada"));

    public static ServiceReportDocument of(ServiceReport r) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Solicitado", List.of(
                new Line("Problema", r.catalogue().problemCode() + (r.catalogue().problemName() == null ? ""
                        : " — " + r.catalogue().problemName())),
                new Line("Catálogo", r.catalogue().department() + " › " + r.catalogue().provider() + " › "
                        + r.catalogue().category()),
                new Line("Protocolos", r.requests().isEmpty() ? "Aberta pela equipe interna"
                        : r.requests().stream().map(q -> (q.protocol() == null ? q.requestId().toString()
                                : q.protocol()) + (q.channel() == null ? "" : " (" + word(q.channel()) + ")"))
                                .collect(Collectors.joining(", "))),
                new Line("Cliente (código)", r.customerId() == null ? "—" : r.customerId().toString()),
                new Line("Origem / cobertura", word(r.origin()) + " / " + word(r.coverage())),
                new Line("Prioridade", word(r.priority())))));
        sections.add(new Section("Constatado", List.of(
                new Line("Causa", word(r.cause())),
                new Line("Recorrente", r.recurring() ? "Sim" : "Não"),
                new Line("Retorno em garantia", r.rework() ? "Sim" : "Não"))));
        List<Line> work = new ArrayList<>(List.of(
                new Line("Técnico", r.technicianId() == null ? "—" : r.technicianId()),
                new Line("Abertura", when(r.dates().openedAt())),
                new Line("Atendimento iniciado", when(r.dates().respondedAt())),
                new Line("Concluída", when(r.dates().completedAt())),
                new Line("Encerrada", when(r.dates().closedAt())),
                new Line("Garantia até", when(r.dates().warrantyUntil())),
                new Line("SLA de resposta", onTime(r.sla().responseOnTime())),
                new Line("SLA de solução", onTime(r.sla().resolutionOnTime())),
                new Line("Tempo de solução", hours(r.resolutionHours().openingToClosing()) + " desde a abertura"
                        + (r.resolutionHours().requestToClosing() == null ? ""
                                : ", " + hours(r.resolutionHours().requestToClosing()) + " desde a solicitação"))));
        r.holds().forEach(h -> work.add(new Line("Pausa", word(h.reason()) + ": " + hours(h.hours()))));
        sections.add(new Section("Atividades", work));
        sections.add(new Section("Peças", List.of(
                new Line("Novas originais", Integer.toString(r.parts().newOriginal())),
                new Line("Novas compatíveis", Integer.toString(r.parts().newCompatible())),
                new Line("Recondicionadas", Integer.toString(r.parts().reconditioned())),
                new Line("Usadas", Integer.toString(r.parts().used())),
                new Line("Peças defeituosas substituídas", Integer.toString(r.parts().defective())))));
        sections.add(new Section("Custos finais", List.of(
                new Line("Orçamento aprovado", r.estimate() == null ? "—" : money(r.estimate().total())
                        + " em " + when(r.estimate().approvedAt())),
                new Line("Mão de obra", money(r.amounts().labour())),
                new Line("Peças", money(r.amounts().parts())),
                new Line("Equipamentos", money(r.amounts().equipment())),
                new Line("Desconto", money(r.amounts().discount())),
                new Line("Total", money(r.amounts().total())))));
        sections.add(new Section("Satisfação", List.of(new Line("Nota do cliente (0 a 10)",
                r.rating() == null ? "Não avaliada" : Integer.toString(r.rating())))));
        return new ServiceReportDocument(r.number(), "Relatório de serviço — ordem " + r.number() + ", "
                + word(r.status()).toLowerCase(PT_BR) + " em " + when(r.dates().closedAt()), sections);
    }

    static String word(String code) {
        return code == null ? "—" : WORDS.getOrDefault(code, code);
    }

    static String when(Instant instant) {
        return instant == null ? "—" : WHEN.format(instant);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "—" : NumberFormat.getCurrencyInstance(PT_BR).format(amount);
    }

    static String hours(BigDecimal hours) {
        return hours == null ? "—" : NumberFormat.getNumberInstance(PT_BR).format(hours) + " h";
    }

    private static String onTime(Boolean onTime) {
        return onTime == null ? "—" : onTime ? "Cumprido" : "Descumprido";
    }
}
