package relais.support;

import java.io.IOException;

import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies read as Spring MVC reads them for a {@code @RequestBody}, without starting the application: the
 * JSON mapper set up as Spring Boot sets up the application's (unknown properties ignored, modules found on the class
 * path) behind the same message converter. What it refuses is an {@link HttpMessageNotReadableException}, which the
 * API answers with a 400 problem; anything else it throws would be a 500.
 */
public final class JsonBodies {

    private static final JacksonJsonHttpMessageConverter CONVERTER = new JacksonJsonHttpMessageConverter(
            JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                    .findAndAddModules()
                    .build());

    private JsonBodies() {
    }

    /** The body of a required {@code @RequestBody}: a missing one is refused like a malformed one. */
    public static <T> T required(byte[] body, Class<T> type) {
        T read = optional(body, type);
        if (read == null) {
            throw new HttpMessageNotReadableException("Required request body is missing", new MockHttpInputMessage(body));
        }
        return read;
    }

    /** The body of a {@code @RequestBody(required = false)}: null when there is none. */
    public static <T> T optional(byte[] body, Class<T> type) {
        if (body.length == 0) {
            return null;
        }
        try {
            return type.cast(CONVERTER.read(type, new MockHttpInputMessage(body)));
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }
}
