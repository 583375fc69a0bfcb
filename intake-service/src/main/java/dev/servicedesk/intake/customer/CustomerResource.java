package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customer registry over HTTP. Each call is one transaction: the view is built from the record it read, and the
 * access it logged commits with it. Agents, supervisors and admins see personal data in full; analysts and partner
 * systems see it masked; a partner system sees only the customers it registered.
 */
@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    private final CustomerRegistry registry;
    private final SecurityIdentity identity;

    CustomerResource(CustomerRegistry registry, SecurityIdentity identity) {
        this.registry = registry;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Idempotent
    @Transactional
    @Operation(summary = "Register a customer: a person by CPF or a company by CNPJ (409 when the document is known)")
    public Response register(@Valid @NotNull CustomerDetails details) {
        Customer customer = registry.register(details.toProfile(), caller());
        return Response.created(URI.create("/api/v1/customers/" + customer.id()))
                .tag(VersionTags.of(customer.version()))
                .entity(view(customer))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER })
    @Transactional
    @Operation(summary = "Customers by document, name (any accents and case), phone or e-mail, ordered by name, paged")
    public Page<CustomerView> search(@QueryParam("document") @Size(max = 20) String document,
            @QueryParam("name") @Size(max = 150) String name,
            @QueryParam("phone") @Size(max = 25) String phone,
            @QueryParam("email") @Size(max = Email.MAX_LENGTH) String email,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        CustomerSearch search = CustomerSearch.parse(document, name, phone, email);
        return registry.search(search, page, size, caller()).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.ANALYST, Roles.PARTNER, Roles.SERVICE })
    @Transactional
    @Operation(summary = "A customer by id, with its ETag")
    public Response get(@PathParam("id") UUID id) {
        return answer(registry.find(id, caller()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.PARTNER })
    @Transactional
    @Operation(summary = "Replace what is known about a customer (send the ETag you read in If-Match)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CustomerDetails details) {
        return answer(registry.update(id, details.toProfile(), ifMatch, caller()));
    }

    @POST
    @Path("/{id}/erasure")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Erase a customer at the titular's request (LGPD art. 18): the personal data and the free text "
            + "of its requests go for good; the ids, protocols, statuses and dates stay. Repeating it changes nothing")
    public Response erase(@PathParam("id") UUID id) {
        return answer(registry.erase(id, caller()));
    }

    private Response answer(Customer customer) {
        return Response.ok(view(customer)).tag(VersionTags.of(customer.version())).build();
    }

    private CustomerView view(Customer customer) {
        return PersonalData.shownInFullTo(caller()) ? CustomerView.full(customer) : CustomerView.masked(customer);
    }

    private Caller caller() {
        return Caller.of(identity);
    }
}
