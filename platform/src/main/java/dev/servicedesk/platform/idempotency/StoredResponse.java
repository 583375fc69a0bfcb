package dev.servicedesk.platform.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The answer given to the first request with a key, as it is replayed to the retries. */
record StoredResponse(String fingerprint, int status, String location, String etag, String contentType, String body) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    Response replay() {
        Response.ResponseBuilder response = Response.status(status).header(REPLAYED_HEADER, "true");
        if (location != null) {
            response.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            response.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            response.entity(body).type(contentType);
        }
        return response.build();
    }
}
