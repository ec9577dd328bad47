package nl.rmt.intake.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.rmt.intake.json.Json;

/** The fixtures in events/, also used by {@code sam local invoke}, with the small changes a test needs. */
public final class Events {

    private Events() {
    }

    public static APIGatewayV2HTTPEvent intake(String name) {
        return EventLoader.loadApiGatewayHttpEvent("events/intakes/" + name + ".json");
    }

    public static APIGatewayV2HTTPEvent withIdempotencyKey(APIGatewayV2HTTPEvent event, String key) {
        return withHeader(event, "idempotency-key", key);
    }

    /** Sets a header (as API Gateway passes it: lower case), or removes it when {@code value} is null. */
    public static APIGatewayV2HTTPEvent withHeader(APIGatewayV2HTTPEvent event, String name, String value) {
        var headers = new java.util.HashMap<>(event.getHeaders());
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        event.setHeaders(headers);
        return event;
    }

    /** Changes one field of the form, given as a path like {@code person.email}. */
    public static APIGatewayV2HTTPEvent withField(APIGatewayV2HTTPEvent event, String path, String value) {
        return withValue(event, path, com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
    }

    /** Changes one field of the form to a JSON value, e.g. {@code false} or {@code ["WORK"]}. */
    public static APIGatewayV2HTTPEvent withJsonField(APIGatewayV2HTTPEvent event, String path, String json) {
        try {
            return withValue(event, path, Json.MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static APIGatewayV2HTTPEvent withValue(APIGatewayV2HTTPEvent event, String path, JsonNode value) {
        try {
            JsonNode body = Json.MAPPER.readTree(event.getBody());
            String[] parts = path.split("\\.");
            JsonNode parent = body;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = parent.get(parts[i]);
            }
            ((ObjectNode) parent).set(parts[parts.length - 1], value);
            event.setBody(Json.MAPPER.writeValueAsString(body));
            return event;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode body(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse response) {
        try {
            return Json.MAPPER.readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
