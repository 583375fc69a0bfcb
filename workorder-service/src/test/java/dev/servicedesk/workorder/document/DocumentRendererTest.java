package dev.servicedesk.workorder.document;

import static dev.servicedesk.workorder.document.SampleDocuments.SIGNATURE_HEIGHT;
import static dev.servicedesk.workorder.document.SampleDocuments.SIGNATURE_WIDTH;
import static dev.servicedesk.workorder.document.SampleDocuments.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.workorder.document.ClosingReceipt.Costs;
import dev.servicedesk.workorder.document.ClosingReceipt.Durability;
import dev.servicedesk.workorder.document.ClosingReceipt.Signature;
import dev.servicedesk.workorder.document.EstimateDocument.Line;
import dev.servicedesk.workorder.document.EstimateDocument.LineKind;
import dev.servicedesk.workorder.document.EstimateDocument.Payment;
import dev.servicedesk.workorder.document.EstimateDocument.PaymentMethod;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The three documents rendered as the customer gets them, read back from the PDF. */
@QuarkusTest
class DocumentRendererTest {

    private static final String COMPANY_CNPJ = "34.567.890/0001-30";

    /** Where the rendered documents are left, for a person to look at. */
    private static final Path RENDERED = Path.of("target", "documents");

    @Inject
    DocumentRenderer renderer;

    private String testName;

    @BeforeEach
    void rememberTheTestsName(TestInfo test) {
        testName = test.getTestMethod().orElseThrow().getName();
    }

    private Pdf pdf(byte[] bytes) {
        try {
            Files.createDirectories(RENDERED);
            Files.write(RENDERED.resolve(testName + ".pdf"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Pdf.read(bytes);
    }

    @Test
    void theEstimateItemisesEveryCostAndSaysHowLongItIsValid() {
        Pdf estimate = pdf(renderer.estimate(SampleDocuments.estimate()));

        estimate.assertContains("Servicedesk Assistência Técnica Ltda", "CNPJ " + COMPANY_CNPJ, "(11) 4003-1234",
                "Orçamento", "Ordem de Serviço OS-2026-000123 · versão 2",
                "emitido em 23/11/2026 21:30", "válido até 03/12/2026",
                "Maria da Conceição Souza", "123.456.789-09", "(11) 98765-4321", "Vila Mariana",
                "REF-001 · Conserto de refrigerador", "Eletrodomésticos · Linha branca",
                "Não gela; faz barulho ao ligar o compressor.",
                "Brastemp", "BRM44HK Frost Free 375 L", "JU1234567890", "17/05/2024",
                "Mão de obra Diagnóstico e troca do compressor 1,5 R$ 120,00 R$ 180,00",
                "Peças e materiais Compressor Embraco 1/4 HP 220 V 1 R$ 1.234,56 R$ 1.234,56",
                "3 Equipamentos Bomba de vácuo (locação) 1 R$ 85,44 R$ 85,44", "Serviço de terceiros",
                "Subtotal R$ 1.500,00", "Desconto -R$ 50,00", "Total R$ 1.450,00",
                "Cartão, em 3 parcelas", "Início previsto 26/11/2026", "Término previsto 28/11/2026",
                "Peças substituídas ficam à disposição do cliente por 30 dias.", "Pagamento na entrega do produto.",
                "art. 40 do Código de Defesa do Consumidor");
        estimate.assertDoesNotContain("Sem custo para o cliente");
        estimate.assertOnlyEmbeddedFonts();
    }

    @Test
    void anEstimateIssuedWithAStatedValidityKeepsIt() {
        EstimateDocument sample = SampleDocuments.estimate();
        EstimateDocument validForThirtyDays = new EstimateDocument(sample.orderNumber(), 1, sample.issuedAt(),
                LocalDate.of(2026, 12, 23), sample.customer(), sample.problem(), null, null, sample.lines(),
                null, new Payment(PaymentMethod.PIX, 1), null, null, null, null);

        Pdf estimate = pdf(renderer.estimate(validForThirtyDays));

        estimate.assertContains("válido até 23/12/2026", "PIX, à vista", "Início previsto a combinar",
                "Total R$ 1.500,00");
        estimate.assertDoesNotContain("Desconto", "Produto", "Termos e condições");
    }

    @Test
    void whatIsNotAgreedYetIsPrintedAsToBeAgreed() {
        EstimateDocument sample = SampleDocuments.estimate();
        EstimateDocument openTerms = new EstimateDocument(sample.orderNumber(), 1, sample.issuedAt(), null,
                sample.customer(), sample.problem(), null, null, sample.lines(), null, null, null, null, null, null);

        Pdf estimate = pdf(renderer.estimate(openTerms));

        estimate.assertContains("Forma de pagamento a combinar", "Início previsto a combinar",
                "Término previsto a combinar", "válido até 03/12/2026");
    }

    @Test
    void aFreeOfChargeEstimateSaysWhatCoversItAndAsksForNothing() {
        EstimateDocument sample = SampleDocuments.estimate();
        EstimateDocument underWarranty = new EstimateDocument(sample.orderNumber(), sample.version(),
                sample.issuedAt(), sample.validUntil(), sample.customer(), sample.problem(), sample.description(),
                sample.product(), sample.lines(), sample.discount(), sample.payment(), sample.startDate(),
                sample.endDate(), sample.terms(), FreeOfCharge.WARRANTY);

        Pdf estimate = pdf(renderer.estimate(underWarranty));

        estimate.assertContains("Sem custo para o cliente: serviço coberto por garantia.", "Total R$ 1.450,00",
                "A pagar (coberto por garantia) R$ 0,00", "Forma de pagamento sem cobrança");
    }

    @Test
    void hostileTextIsPrintedAsWrittenAndLeavesTheTablesWhole() {
        EstimateDocument sample = SampleDocuments.estimate(List.of(
                line(LineKind.LABOUR, "<script>alert('x')</script> & \"aspas\"", "1", "10.00"),
                line(LineKind.LABOUR, "Com campainha\u0007 e nulo\u0000 no meio", "1", "20.00"),
                line(LineKind.PARTS, "Linha depois das hostis", "1", "1520.00"),
                line(LineKind.EQUIPMENT, "X".repeat(150), "1", "30.00")));
        CustomerContact hostileCustomer = new CustomerContact("Maria </td></tr></table><b>Souza</b>",
                "123.456.789-09", null, null, null);
        EstimateDocument hostile = new EstimateDocument(sample.orderNumber(), sample.version(), sample.issuedAt(),
                null, hostileCustomer, sample.problem(), null, null, sample.lines(), sample.discount(),
                sample.payment(), null, null, null, null);

        Pdf estimate = pdf(renderer.estimate(hostile));

        estimate.assertContains("Nome Maria </td></tr></table><b>Souza</b> CPF/CNPJ 123.456.789-09",
                "1 Mão de obra <script>alert('x')</script> & \"aspas\" 1 R$ 10,00 R$ 10,00",
                "2 Mão de obra Com campainha e nulo no meio 1 R$ 20,00 R$ 20,00",
                "3 Peças e materiais Linha depois das hostis 1 R$ 1.520,00 R$ 1.520,00",
                "4 Equipamentos XXXXX", "1 R$ 30,00 R$ 30,00",
                "Subtotal R$ 1.580,00", "Total R$ 1.530,00", "Cartão, em 3 parcelas",
                "De acordo: Maria </td></tr></table><b>Souza</b>");
    }

    @Test
    void anEstimateOfEightyLinesRunsOverPagesThatEachRepeatTheHeader() {
        List<Line> lines = IntStream.rangeClosed(1, 80)
                .mapToObj(n -> line(LineKind.PARTS, "Parafuso sextavado nº " + n, "1", "10.00"))
                .toList();

        Pdf estimate = pdf(renderer.estimate(SampleDocuments.estimate(lines)));

        int pages = estimate.pages();
        assertTrue(pages >= 3, "80 lines should need at least three pages, got " + pages);
        estimate.assertContains("Parafuso sextavado nº 1 ", "Parafuso sextavado nº 80 ", "Subtotal R$ 800,00",
                "Desconto -R$ 50,00", "Total R$ 750,00", "Página 1 de " + pages, "Página " + pages + " de " + pages);
        for (int page = 1; page <= pages; page++) {
            estimate.assertPageContains(page, "Servicedesk Assistência Técnica Ltda",
                    "Orçamento · OS-2026-000123 · versão 2");
        }
        assertEquals(80, estimate.occurrences("Parafuso sextavado nº "));
        assertTrue(estimate.occurrences("Valor unit.") >= 2, "the table header should repeat on the next page");
    }

    @Test
    void theOpeningReceiptShowsProtocolsAndDueTimesInSaoPaulo() {
        Pdf receipt = pdf(renderer.openingReceipt(SampleDocuments.openingReceipt()));

        receipt.assertContains("Comprovante de Abertura da Ordem de Serviço",
                "Ordem de Serviço OS-2026-000123 · aberta em 10/03/2026 09:00",
                "Protocolos vinculados 20260310-000002-8, 20260310-000017-3",
                "Maria da Conceição Souza", "123.456.789-09",
                "Local do atendimento", "(portaria: falar com o zelador)",
                "REF-001 · Conserto de refrigerador", "Eletrodomésticos · Linha branca",
                "Não gela desde ontem; luz interna acende.", "Brastemp", "JU1234567890",
                "Resposta até 10/03/2026 23:59", "Solução até 13/03/2026 17:00",
                "A visita técnica de diagnóstico é gratuita quando o orçamento é aprovado.",
                "CNPJ " + COMPANY_CNPJ);
    }

    @Test
    void theClosingReceiptCarriesTheServiceReportTheSignatureAndTheWarranty() {
        Pdf receipt = pdf(renderer.closingReceipt(
                SampleDocuments.closingReceipt(Durability.DURABLE, 9, SampleDocuments.signature())));

        receipt.assertContains("Comprovante de Encerramento e Relatório de Serviço",
                "concluída em 23/11/2026 15:45", "técnico responsável: Carlos Técnico Ribeiro",
                "1. Teste de carga do compressor", "3. Carga de gás R-600a e teste de estanqueidade",
                "EMB-EMT6152U Compressor Embraco 1/4 HP 220 V 1 Nova original",
                "FS-0021 Filtro secador 1 Recondicionada",
                "Peças defeituosas retiradas", "EMB-EMT6152U Compressor em curto 1",
                "Causa Desgaste: enrolamento do motor queimado após 2 anos de uso contínuo",
                "Problema recorrente Sim", "Manter 10 cm de ventilação atrás do aparelho.",
                "Orçado R$ 1.450,00", "Custo final R$ 1.520,30", "Diferença R$ 70,30",
                "Satisfação 9 de 10",
                "Assinado por Maria da Conceição Souza (123.456.789-09) em 23/11/2026 15:50",
                "Termo de Garantia", "Servicedesk Assistência Técnica Ltda, CNPJ " + COMPANY_CNPJ,
                "por 90 dias (produto durável)", "art. 26 do Código de Defesa do Consumidor",
                "contados a partir de 23/11/2026", "Garantia válida até 21/02/2027");
        receipt.assertDoesNotContain("De acordo:");
        PDImageXObject signature = receipt.onlyImage();
        assertEquals(SIGNATURE_WIDTH, signature.getWidth());
        assertEquals(SIGNATURE_HEIGHT, signature.getHeight());
    }

    @Test
    void aNonDurableProductGetsThirtyDaysAndAZeroRatingIsStillARating() {
        ClosingReceipt sample = SampleDocuments.closingReceipt(Durability.NON_DURABLE, 0, null);
        ClosingReceipt cheaperThanEstimated = new ClosingReceipt(sample.orderNumber(), sample.customer(),
                sample.problem(), null, sample.activities(), List.of(), List.of(), sample.cause(), false, null,
                new Costs(new BigDecimal("120.00"), new BigDecimal("100.00")), FreeOfCharge.CONTRACT,
                sample.technicianName(), sample.completedAt(), sample.satisfactionRating(), null, sample.warranty());

        Pdf receipt = pdf(renderer.closingReceipt(cheaperThanEstimated));

        receipt.assertContains("por 30 dias (produto não durável)", "Garantia válida até 23/12/2026",
                "Satisfação 0 de 10", "Problema recorrente Não", "Nenhuma peça substituída.",
                "Nenhuma peça retirada.", "Diferença -R$ 20,00", "A pagar R$ 0,00 (coberto por contrato)",
                "Sem custo para o cliente: serviço coberto por contrato.",
                "De acordo: Maria da Conceição Souza (123.456.789-09)");
        assertEquals(0, receipt.images().size());
    }

    @Test
    void aSignatureTypedOrClickedIsPrintedWithoutAnImage() {
        Signature typed = new Signature(null, "Maria da Conceição Souza", "123.456.789-09",
                Instant.parse("2026-11-23T18:50:00Z"));

        Pdf receipt = pdf(renderer.closingReceipt(SampleDocuments.closingReceipt(Durability.DURABLE, 10, typed)));

        receipt.assertContains(
                "Assinado eletronicamente por Maria da Conceição Souza (123.456.789-09) em 23/11/2026 15:50");
        receipt.assertDoesNotContain("De acordo:");
        assertEquals(0, receipt.images().size());
    }

    @Test
    void aReceiptWithoutRatingOrEstimateSaysSo() {
        ClosingReceipt sample = SampleDocuments.closingReceipt(Durability.DURABLE, null, null);
        ClosingReceipt noEstimate = new ClosingReceipt(sample.orderNumber(), sample.customer(), sample.problem(),
                sample.product(), List.of(), sample.partsReplaced(), sample.defectivePartsRemoved(), sample.cause(),
                sample.recurring(), sample.preventionNotes(), new Costs(null, new BigDecimal("80.00")), null,
                sample.technicianName(), sample.completedAt(), null, null, sample.warranty());

        Pdf receipt = pdf(renderer.closingReceipt(noEstimate));

        receipt.assertContains("Satisfação não informada", "Custo final R$ 80,00 (sem orçamento prévio)",
                "Nenhuma atividade registrada.");
        receipt.assertDoesNotContain("Orçado", "Diferença", "A pagar");
    }

    /** A rendered PDF, read back with PDFBox; text is compared with runs of white space made single spaces. */
    private record Pdf(byte[] bytes, List<String> pageTexts) {

        static Pdf read(byte[] bytes) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                List<String> pages = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    pages.add(stripper.getText(document).replaceAll("\\s+", " "));
                }
                return new Pdf(bytes, pages);
            } catch (IOException e) {
                throw new UncheckedIOException("not a readable PDF", e);
            }
        }

        int pages() {
            return pageTexts.size();
        }

        String text() {
            return String.join(" ", pageTexts);
        }

        void assertContains(String... expected) {
            String text = text();
            for (String each : expected) {
                assertTrue(text.contains(each), () -> "expected «" + each + "» in the PDF's text:\n" + text);
            }
        }

        void assertDoesNotContain(String... unexpected) {
            String text = text();
            for (String each : unexpected) {
                assertFalse(text.contains(each), () -> "did not expect «" + each + "» in the PDF's text:\n" + text);
            }
        }

        void assertPageContains(int page, String... expected) {
            String text = pageTexts.get(page - 1);
            for (String each : expected) {
                assertTrue(text.contains(each), () -> "expected «" + each + "» on page " + page + ":\n" + text);
            }
        }

        int occurrences(String fragment) {
            String text = text();
            int count = 0;
            for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length())) {
                count++;
            }
            return count;
        }

        /** The raster images drawn on the pages, including those inside form XObjects. */
        List<PDImageXObject> images() {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                List<PDImageXObject> images = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    collectImages(page.getResources(), images);
                }
                return images;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PDImageXObject onlyImage() {
            List<PDImageXObject> images = images();
            assertEquals(1, images.size(), "images in the PDF");
            return images.get(0);
        }

        /** Every font the PDF uses is embedded, so it prints the same anywhere. */
        void assertOnlyEmbeddedFonts() {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertTrue(font.isEmbedded(), () -> "font " + font.getName() + " is not embedded");
                        assertTrue(font.getName().contains("LiberationSans"), () -> "unexpected font " + font.getName());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void collectImages(PDResources resources, List<PDImageXObject> images) throws IOException {
            if (resources == null) {
                return;
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDImageXObject image) {
                    images.add(image);
                } else if (object instanceof PDFormXObject form) {
                    collectImages(form.getResources(), images);
                }
            }
        }
    }
}
