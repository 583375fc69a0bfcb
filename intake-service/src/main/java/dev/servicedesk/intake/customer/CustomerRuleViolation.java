package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import java.util.List;
import java.util.UUID;

/** A customer that the registry's rules do not allow. */
public class CustomerRuleViolation extends ProblemException {

    private CustomerRuleViolation(int status, String type, String title, String detail, List<Problem.Violation> fields) {
        super(status, type, title, detail, fields);
    }

    static CustomerRuleViolation documentTaken(TaxId document) {
        String kind = document instanceof Cpf ? "CPF" : "CNPJ";
        return new CustomerRuleViolation(409, "document-already-registered", "Document already registered",
                "A customer with this " + kind + " is already registered; look it up instead.",
                List.of(new Problem.Violation("document", kind + " already registered")));
    }

    static CustomerRuleViolation unreachable() {
        return new CustomerRuleViolation(422, "customer-unreachable", "Customer cannot be reached",
                "A customer needs at least one phone number or an e-mail address.",
                List.of(new Problem.Violation("phones", "give at least one phone or an e-mail")));
    }

    static CustomerRuleViolation tooManyContacts() {
        return new CustomerRuleViolation(422, "too-many-contacts", "Too many phones or addresses",
                "A customer has at most " + Customer.MAX_PHONES + " phones and " + Customer.MAX_ADDRESSES + " addresses.",
                List.of());
    }

    static CustomerRuleViolation typeIsFixed(CustomerType type) {
        return new CustomerRuleViolation(409, "customer-type-fixed", "Customer type cannot change",
                "This customer is a " + type + "; register the other kind as a new customer.",
                List.of(new Problem.Violation("type", "must stay " + type)));
    }

    static CustomerRuleViolation erased(UUID id) {
        return new CustomerRuleViolation(409, "customer-erased", "Customer erased",
                "Customer " + id + " was erased at the titular's request (LGPD); register the person anew if they "
                        + "come back.", List.of());
    }
}
