package dev.servicedesk.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The NUL character, refused wherever a request carries text: PostgreSQL can neither store nor compare text that
 * holds one, so a NUL that reached a query would fail there as an internal error. In the path or the query string it
 * is refused before any resource runs; in a JSON body, where the field holding it is read.
 */
@Singleton
public class NulCharacters implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain the NUL character";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("servicedesk-nul-characters")
                .addDeserializer(String.class, new TextWithoutNul()));
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseInTheAddress(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().indexOf('\u0000') >= 0) {
            throw new ProblemException(400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The path holds a NUL character.", List.of(new Problem.Violation("path", MESSAGE)));
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\u0000') >= 0)) {
                throw new ProblemException(400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                        "A query parameter holds a NUL character.",
                        List.of(new Problem.Violation(parameter.getKey().replace('\u0000', ' '), MESSAGE)));
            }
        }
    }

    /** Jackson's own reading of a JSON string, then the check. */
    static final class TextWithoutNul extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
