package dev.servicedesk.intake.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.intake.address.Place;
import dev.servicedesk.intake.address.Uf;
import dev.servicedesk.intake.channel.Channel;
import dev.servicedesk.platform.problem.ProblemException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's own rules, without a database. */
class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:30:00Z");
    private static final Place CAMPINAS = new Place(" Rua Barão de Jaguara ", "1481", null, "Centro", "Campinas",
            Uf.SP, "13015-002");
    private static final CustomerPhone MOBILE = new CustomerPhone(Phone.parse("(19) 98765-4321"), PhoneKind.MOBILE);

    @Test
    void aRegisteredCustomerKeepsWhoRegisteredItAndWhenFromTheServer() {
        Customer customer = Customer.register(maria(), "ana", null, NOW);

        assertEquals(CustomerType.PERSON, customer.type());
        assertEquals("ana", customer.registeredBy());
        assertEquals(NOW, customer.createdAt());
        assertEquals(NOW, customer.updatedAt());
        assertEquals("Rua Barão de Jaguara", customer.addresses().get(0).street());
        assertEquals("13015002", customer.addresses().get(0).cep(), "kept as eight digits");
    }

    @Test
    void aCustomerNobodyCanReachIsRefused() {
        CustomerProfile silent = new CustomerProfile(Cpf.parse("529.982.247-25"), "Maria Souza", List.of(), null,
                List.of(CAMPINAS), Channel.PHONE);
        ProblemException refused = assertThrows(ProblemException.class, () -> Customer.register(silent, "ana", null, NOW));
        assertEquals("customer-unreachable", refused.type());
        assertEquals(422, refused.status());
    }

    @Test
    void aCustomerHasAtMostFivePhonesAndFiveAddresses() {
        CustomerProfile crowded = new CustomerProfile(Cpf.parse("529.982.247-25"), "Maria Souza",
                Collections.nCopies(6, MOBILE), null, List.of(), Channel.PHONE);
        ProblemException refused = assertThrows(ProblemException.class, () -> Customer.register(crowded, "ana", null, NOW));
        assertEquals("too-many-contacts", refused.type());
    }

    @Test
    void aPersonCannotBecomeACompany() {
        Customer customer = Customer.register(maria(), "ana", null, NOW);
        CustomerProfile company = new CustomerProfile(Cnpj.parse("11.222.333/0001-81"), "Souza ME", List.of(MOBILE),
                null, List.of(), Channel.PHONE);

        ProblemException refused = assertThrows(ProblemException.class,
                () -> customer.update(company, NOW.plusSeconds(60)));
        assertEquals("customer-type-fixed", refused.type());
    }

    @Test
    void anUpdateReplacesTheDetailsAndKeepsTheRegistration() {
        Customer customer = Customer.register(maria(), "ana", "partner-acme", NOW);
        Instant later = NOW.plusSeconds(3600);
        customer.update(new CustomerProfile(Cpf.parse("529.982.247-25"), "Maria Souza Lima", List.of(),
                Email.parse("maria@example.com"), List.of(), Channel.EMAIL), later);

        assertEquals("Maria Souza Lima", customer.name());
        assertEquals(List.of(), customer.phones());
        assertEquals(later, customer.updatedAt());
        assertEquals(NOW, customer.createdAt());
        assertEquals("ana", customer.registeredBy());
        assertTrue(customer.belongsToPartner("partner-acme"));
    }

    @Test
    void theRegistrationEventNamesThePlaceByCityAndStateOnly() {
        Customer customer = Customer.register(maria(), "service-account-partner-acme", "partner-acme", NOW);

        CustomerRegistered event = customer.registered();

        assertEquals(new CustomerRegistered(customer.id(), CustomerType.PERSON, "Campinas", Uf.SP, "partner-acme", NOW,
                0, NOW), event);
        assertEquals("customer", event.aggregateType());
        assertEquals(customer.id().toString(), event.aggregateId());
    }

    @Test
    void theMaskedViewHidesWhatIdentifiesAPersonAndKeepsWhereTheyLive() {
        CustomerView view = CustomerView.masked(Customer.register(maria(), "ana", null, NOW));

        assertEquals("***.982.247-**", view.document());
        assertEquals("Maria S.", view.name());
        assertEquals("(19) *****-4321", view.phones().get(0).number());
        assertEquals("m***@e***.com.br", view.email());
        CustomerView.AddressView address = view.addresses().get(0);
        assertEquals("***", address.street());
        assertEquals("***", address.number());
        assertNull(address.complement(), "no complement was given, so there is nothing to hide");
        assertEquals("Centro", address.district());
        assertEquals("Campinas", address.city());
        assertEquals(Uf.SP, address.state());
        assertEquals("13015-***", address.cep());
        assertTrue(view.masked());
    }

    @Test
    void aCompanysNameIsNotPersonalDataAndStaysVisible() {
        CustomerProfile company = new CustomerProfile(Cnpj.parse("12.ABC.345/01DE-35"), "Ferragens São Jorge Ltda",
                List.of(), Email.parse("contato@saojorge.com.br"), List.of(), Channel.WEB_FORM);
        CustomerView view = CustomerView.masked(Customer.register(company, "ana", null, NOW));

        assertEquals("Ferragens São Jorge Ltda", view.name());
        assertEquals("**.ABC.345/****-**", view.document());
    }

    @Test
    void theFullViewShowsEverythingFormatted() {
        CustomerView view = CustomerView.full(Customer.register(maria(), "ana", null, NOW));

        assertEquals("529.982.247-25", view.document());
        assertEquals("Maria da Conceição Souza", view.name());
        assertEquals("(19) 98765-4321", view.phones().get(0).number());
        assertEquals("13015-002", view.addresses().get(0).cep());
        assertEquals("maria.souza@empresa.com.br", view.email());
    }

    private static CustomerProfile maria() {
        return new CustomerProfile(Cpf.parse("529.982.247-25"), "Maria da Conceição Souza", List.of(MOBILE),
                Email.parse("maria.souza@empresa.com.br"), List.of(CAMPINAS), Channel.WHATSAPP);
    }
}
