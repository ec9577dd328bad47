package nl.rmt.intake.handlers.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rmt.intake.domain.form.Language;

/** Reads what the handlers need from an HTTP API (payload v2) event. */
public final class HttpRequest {

    private final APIGatewayV2HTTPEvent event;

    public HttpRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    /** The body as text; a body that claims to be base64 but is not reads as empty, which no route accepts. */
    public String body() {
        String body = event.getBody();
        if (body == null) {
            return "";
        }
        if (!event.getIsBase64Encoded()) {
            return body;
        }
        try {
            return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Header names are case-insensitive; API Gateway lower-cases them, other callers may not. */
    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        String value = parameters == null ? null : parameters.get(name);
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }

    /** The query string's parameters (a repeated one joined by commas, as API Gateway does); empty when none. */
    public Map<String, String> queryParameters() {
        Map<String, String> parameters = event.getQueryStringParameters();
        return parameters == null ? Map.of() : parameters;
    }

    /** The first language of {@code Accept-Language} this service speaks; Dutch otherwise. */
    public Language preferredLanguage() {
        return header("Accept-Language")
                .flatMap(accept -> java.util.Arrays.stream(accept.split(","))
                        .map(range -> range.split(";", -1)[0].trim())
                        .map(range -> range.split("-", -1)[0])
                        .map(Language::fromCode)
                        .flatMap(Optional::stream)
                        .findFirst())
                .orElse(Language.NL);
    }
}
