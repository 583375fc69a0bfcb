package dev.servicedesk.platform.backbone;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.UUID;

/** Records the test aggregate's event from an HTTP request, as a service's use case behind a resource would. */
@Path("/probe/notes/{id}/versions/{version}")
public class ProbeNoteResource {

    private final ProbeNotes notes;

    ProbeNoteResource(ProbeNotes notes) {
        this.notes = notes;
    }

    @POST
    @RolesAllowed("agent")
    public void add(@PathParam("id") UUID id, @PathParam("version") long version) {
        notes.add(new ProbeNoteAdded(id, version, Instant.now(), "nota"));
    }
}
