package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service catalogue over HTTP: {@code /api/v1/catalog/{level}} for departments, providers, categories and
 * problem codes alike. Supervisors and admins manage it; staff and other services read it; partners see none of it.
 */
@Path("/api/v1/catalog/{level: " + CatalogLevel.PATHS + "}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalogue")
public class CatalogResource {

    public record NewEntry(
            @NotBlank @Size(max = CatalogEntry.MAX_CODE)
            @Pattern(regexp = CatalogEntry.CODE_PATTERN, message = CatalogEntry.CODE_RULE)
            String code,
            @NotBlank @Size(max = CatalogEntry.MAX_NAME) String name,
            @Schema(description = "The entry above: a department for a provider, a provider for a category, a "
                    + "category for a problem code; absent for a department") UUID parentId,
            @Schema(description = "Problem codes only") @Valid StandardOrder standardOrder) {
    }

    public record Definition(@NotBlank @Size(max = CatalogEntry.MAX_NAME) String name,
            @Schema(description = "Problem codes only") @Valid StandardOrder standardOrder) {
    }

    private final CatalogDesk desk;

    CatalogResource(CatalogDesk desk) {
        this.desk = desk;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Add an entry below its parent; its code is unique and never changes")
    public Response create(@PathParam("level") String level, @Valid @NotNull NewEntry entry) {
        CatalogLevel at = CatalogLevel.ofPath(level);
        CatalogEntry created = desk.create(at, new CatalogDesk.NewEntry(entry.code(), entry.name(), entry.parentId(),
                entry.standardOrder()));
        return Response.created(URI.create("/api/v1/catalog/" + at.path() + "/" + created.id()))
                .tag(VersionTags.of(created.version()))
                .entity(CatalogEntryView.of(created))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE })
    @Transactional
    @Operation(summary = "Entries by code, filtered by parent, retirement and text (code or name, any case or accent)")
    public Page<CatalogEntryView> list(@PathParam("level") String level, @QueryParam("parentId") UUID parentId,
            @QueryParam("retired") Boolean retired, @QueryParam("q") @Size(max = 200) String text,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return desk.list(CatalogLevel.ofPath(level), new CatalogEntries.Filter(parentId, retired, text), page, size)
                .map(CatalogEntryView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE })
    @Transactional
    @Operation(summary = "An entry by its id")
    public Response get(@PathParam("level") String level, @PathParam("id") UUID id) {
        return answer(desk.find(CatalogLevel.ofPath(level), id));
    }

    @GET
    @Path("/by-code/{code}")
    @RolesAllowed({ Roles.AGENT, Roles.TECHNICIAN, Roles.ANALYST, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE })
    @Transactional
    @Operation(summary = "An entry by its code, e.g. GELADEIRA-NAO-GELA")
    public Response byCode(@PathParam("level") String level, @PathParam("code") String code) {
        return answer(desk.findByCode(CatalogLevel.ofPath(level), code));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Rename the entry and, for a problem code, replace its standard order (send the ETag in "
            + "If-Match); orders already open keep theirs")
    public Response define(@PathParam("level") String level, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Definition definition) {
        return answer(desk.define(CatalogLevel.ofPath(level), id, definition.name(), definition.standardOrder(),
                ifMatch));
    }

    @POST
    @Path("/{id}/retirement")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Retire the entry: no new order for it or anything below it")
    public Response retire(@PathParam("level") String level, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.retire(CatalogLevel.ofPath(level), id, ifMatch));
    }

    @POST
    @Path("/{id}/reinstatement")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Idempotent
    @Transactional
    @Operation(summary = "Reinstate a retired entry; the entries below it are as they were")
    public Response reinstate(@PathParam("level") String level, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(desk.reinstate(CatalogLevel.ofPath(level), id, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Delete an entry that nothing uses: no entry below it, no order ever opened for it")
    public Response delete(@PathParam("level") String level, @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        desk.delete(CatalogLevel.ofPath(level), id, ifMatch);
        return Response.noContent().build();
    }

    private static Response answer(CatalogEntry entry) {
        return Response.ok(CatalogEntryView.of(entry)).tag(VersionTags.of(entry.version())).build();
    }
}
