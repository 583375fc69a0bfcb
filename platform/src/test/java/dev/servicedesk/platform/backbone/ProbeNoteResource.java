package dev.servicedesk.platform.backbone;

import dev.servicedesk.platform.idempotency.Idempotent;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The test aggregate over HTTP, as a service's resource would expose it. */
@Path("/probe/backbone-notes")
public class ProbeNoteResource {

    /** A title whose first creation fails after the note was written (the transaction rolls back). */
    public static final String FAILS_ONCE = "falha uma vez";

    public record NewNote(@NotBlank String title) {
    }

    public record CreatedNote(UUID id, String title) {
    }

    private final ProbeNotes notes;
    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    ProbeNoteResource(ProbeNotes notes) {
        this.notes = notes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    @Idempotent
    public Response create(@Valid NewNote note) {
        UUID id = notes.create(note.title());
        if (FAILS_ONCE.equals(note.title()) && failedOnce.add(note.title())) {
            throw ProblemException.conflict("probe-failure", "Probe failure", "The first attempt fails after writing.");
        }
        return Response.created(URI.create("/probe/backbone-notes/" + id))
                .entity(new CreatedNote(id, note.title()))
                .build();
    }

    @POST
    @Path("/{id}/versions/{version}")
    @RolesAllowed("agent")
    public void add(@PathParam("id") UUID id, @PathParam("version") long version) {
        notes.add(new ProbeNoteAdded(id, version, Instant.now(), "nota"));
    }
}
