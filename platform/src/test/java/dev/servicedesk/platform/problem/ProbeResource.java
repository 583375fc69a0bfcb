package dev.servicedesk.platform.problem;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A resource that exists only in the platform's tests, to provoke every kind of error a service can meet. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    private final AgroalDataSource dataSource;

    ProbeResource(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public enum Priority { LOW, NORMAL, HIGH }

    public record Contact(@NotBlank String name, @Email String email) {
    }

    public record NoteInput(
            @NotBlank @Size(max = 20) String title,
            @NotNull Priority priority,
            LocalDate due,
            List<@NotBlank String> tags,
            @Valid Contact contact) {
    }

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    public NoteInput create(@Valid @NotNull NoteInput note) {
        return note;
    }

    @GET
    @Path("/notes/{id}")
    @RolesAllowed("agent")
    public NoteInput find(@PathParam("id") UUID id) {
        throw ProblemException.notFound("No note " + id + ".");
    }

    @GET
    @Path("/notes")
    @RolesAllowed("agent")
    public List<NoteInput> list(@QueryParam("size") @Max(100) int size, @QueryParam("dueAfter") Instant dueAfter) {
        return List.of();
    }

    @POST
    @Path("/notes/{id}/approval")
    @RolesAllowed("agent")
    public void approve(@PathParam("id") UUID id) {
        throw ProblemException.conflict("estimate-not-approved", "Estimate not approved",
                "The order cannot start before its estimate is approved.");
    }

    @GET
    @Path("/boom")
    @RolesAllowed("agent")
    public String boom() {
        throw new IllegalStateException("select secret from internal_table");
    }

    @GET
    @Path("/stalled-upload")
    @RolesAllowed("agent")
    public String stalledUpload() throws IOException {
        throw new IOException("Read timed out");
    }

    @GET
    @Path("/supervision")
    @RolesAllowed("supervisor")
    public String supervision() {
        return "ok";
    }

    @GET
    @Path("/slow-query")
    @RolesAllowed("agent")
    public String slowQuery() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET statement_timeout = 50");
            try {
                statement.execute("SELECT pg_sleep(5)");
            } finally {
                statement.execute("RESET statement_timeout");
            }
        }
        return "finished";
    }

    /** Holds every connection of the pool, then asks for one more. */
    @GET
    @Path("/crowded-pool")
    @RolesAllowed("agent")
    public String crowdedPool() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            while (true) {
                held.add(dataSource.getConnection());
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
