package dev.servicedesk.workorder.document;

import dev.servicedesk.workorder.document.ClosingReceipt.Cause;
import dev.servicedesk.workorder.document.ClosingReceipt.CauseKind;
import dev.servicedesk.workorder.document.ClosingReceipt.Costs;
import dev.servicedesk.workorder.document.ClosingReceipt.DefectivePart;
import dev.servicedesk.workorder.document.ClosingReceipt.Durability;
import dev.servicedesk.workorder.document.ClosingReceipt.PartProvenance;
import dev.servicedesk.workorder.document.ClosingReceipt.ReplacedPart;
import dev.servicedesk.workorder.document.ClosingReceipt.Signature;
import dev.servicedesk.workorder.document.ClosingReceipt.Warranty;
import dev.servicedesk.workorder.document.EstimateDocument.Line;
import dev.servicedesk.workorder.document.EstimateDocument.LineKind;
import dev.servicedesk.workorder.document.EstimateDocument.Payment;
import dev.servicedesk.workorder.document.EstimateDocument.PaymentMethod;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/** A refrigerator repair for Maria, as the work-order domain would hand it to the renderer. */
final class SampleDocuments {

    static final CustomerContact MARIA = new CustomerContact("Maria da Conceição Souza", "123.456.789-09",
            "Rua das Laranjeiras, 45, apto 12, Vila Mariana, São Paulo - SP, 04117-000", "(11) 98765-4321",
            "maria.souza@example.com.br");

    static final ProblemDetails REFRIGERATOR_REPAIR = new ProblemDetails("REF-001", "Conserto de refrigerador",
            "Eletrodomésticos · Linha branca");

    static final ProductDetails REFRIGERATOR = new ProductDetails("Brastemp", "BRM44HK Frost Free 375 L",
            "JU1234567890", LocalDate.of(2024, 5, 17));

    /** 21:30 on 23 November in São Paulo, already the 24th in UTC. */
    static final Instant LATE_EVENING = Instant.parse("2026-11-24T00:30:00Z");

    static final int SIGNATURE_WIDTH = 240;
    static final int SIGNATURE_HEIGHT = 80;

    private SampleDocuments() {
    }

    static Line line(LineKind kind, String description, String quantity, String unitPrice) {
        return new Line(kind, description, new BigDecimal(quantity), new BigDecimal(unitPrice), false);
    }

    /** Subtotal R$ 1.500,00, discount R$ 50,00, total R$ 1.450,00. */
    static EstimateDocument estimate(List<Line> lines) {
        return new EstimateDocument("OS-2026-000123", 2, LATE_EVENING, null, MARIA, REFRIGERATOR_REPAIR,
                "Não gela; faz barulho ao ligar o compressor.", REFRIGERATOR, lines, new BigDecimal("50.00"),
                new Payment(PaymentMethod.CARD, 3), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 28),
                "Peças substituídas ficam à disposição do cliente por 30 dias.\nPagamento na entrega do produto.",
                null);
    }

    static EstimateDocument estimate() {
        return estimate(List.of(
                line(LineKind.LABOUR, "Diagnóstico e troca do compressor", "1.5", "120.00"),
                line(LineKind.PARTS, "Compressor Embraco 1/4 HP 220 V", "1", "1234.56"),
                new Line(LineKind.EQUIPMENT, "Bomba de vácuo (locação)", new BigDecimal("1"),
                        new BigDecimal("85.44"), true)));
    }

    static OpeningReceipt openingReceipt() {
        return new OpeningReceipt("OS-2026-000123", Instant.parse("2026-03-10T12:00:00Z"),
                List.of("20260310-000002-8", "20260310-000017-3"), MARIA,
                "Rua das Laranjeiras, 45, apto 12, Vila Mariana, São Paulo - SP (portaria: falar com o zelador)",
                REFRIGERATOR_REPAIR, REFRIGERATOR, "Não gela desde ontem; luz interna acende.",
                Instant.parse("2026-03-11T02:59:00Z"), Instant.parse("2026-03-13T20:00:00Z"),
                "A visita técnica de diagnóstico é gratuita quando o orçamento é aprovado.");
    }

    static ClosingReceipt closingReceipt(Durability durability, Integer satisfactionRating, Signature signature) {
        return new ClosingReceipt("OS-2026-000123", MARIA, REFRIGERATOR_REPAIR, REFRIGERATOR,
                List.of("Teste de carga do compressor", "Troca do compressor e do filtro secador",
                        "Carga de gás R-600a e teste de estanqueidade"),
                List.of(new ReplacedPart("EMB-EMT6152U", "Compressor Embraco 1/4 HP 220 V", BigDecimal.ONE,
                                PartProvenance.NEW_ORIGINAL),
                        new ReplacedPart("FS-0021", "Filtro secador", BigDecimal.ONE, PartProvenance.RECONDITIONED)),
                List.of(new DefectivePart("EMB-EMT6152U", "Compressor em curto", BigDecimal.ONE)),
                new Cause(CauseKind.WEAR, "enrolamento do motor queimado após 2 anos de uso contínuo"), true,
                "Manter 10 cm de ventilação atrás do aparelho.",
                new Costs(new BigDecimal("1450.00"), new BigDecimal("1520.30")), null, "Carlos Técnico Ribeiro",
                Instant.parse("2026-11-23T18:45:00Z"), satisfactionRating, signature,
                new Warranty(durability, LocalDate.of(2026, 11, 23)));
    }

    static Signature signature() {
        return new Signature(signaturePng(), "Maria da Conceição Souza", "123.456.789-09",
                Instant.parse("2026-11-23T18:50:00Z"));
    }

    static byte[] signaturePng() {
        BufferedImage image = new BufferedImage(SIGNATURE_WIDTH, SIGNATURE_HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(20, 30, 120));
        pen.setStroke(new BasicStroke(3));
        pen.drawArc(10, 10, 80, 60, 30, 240);
        pen.drawLine(90, 60, 230, 20);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
