package nl.rmt.intake.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.rmt.intake.json.Json;

/**
 * Requests of the reorganisation routes built from the fixtures in events/reorganisations and events/invitations, with
 * the path, the caller and the body a test needs.
 */
public final class ReorganisationCalls {

    private ReorganisationCalls() {
    }

    /** The fixture's registration (Drechtwerk, AM23), sent to {@code region} by the desk of {@code deskRegion}. */
    public static APIGatewayV2HTTPEvent register(String region, String deskRegion) {
        return desk("register", region, null, deskRegion);
    }

    public static APIGatewayV2HTTPEvent registerBody(String region, Object body) {
        APIGatewayV2HTTPEvent event = register(region, region);
        event.setBody(body instanceof String text ? text : Json.write(body));
        return event;
    }

    /** The fixture's registration with one top-level field or {@code employer.…}/{@code contact.…} field changed. */
    @SuppressWarnings("unchecked")
    public static APIGatewayV2HTTPEvent registerWith(String region, String path, Object value) {
        APIGatewayV2HTTPEvent event = register(region, region);
        Map<String, Object> body = Json.read(event.getBody(), LinkedHashMap.class);
        String[] parts = path.split("\\.");
        Map<String, Object> parent = parts.length == 1 ? body : (Map<String, Object>) body.get(parts[0]);
        if (value == null) {
            parent.remove(parts[parts.length - 1]);
        } else {
            parent.put(parts[parts.length - 1], value);
        }
        event.setBody(Json.write(body));
        return event;
    }

    public static APIGatewayV2HTTPEvent list(String region, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = desk("list", region, null, region);
        event.setQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query));
        event.setRawQueryString(String.join("&", query.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        return event;
    }

    public static APIGatewayV2HTTPEvent read(String region, String id, String deskRegion) {
        return desk("read", region, id, deskRegion);
    }

    public static APIGatewayV2HTTPEvent close(String region, String id) {
        return desk("close", region, id, region);
    }

    public static APIGatewayV2HTTPEvent employerKey(String region, String id) {
        return desk("employer-key", region, id, region);
    }

    public static APIGatewayV2HTTPEvent invitation(String code) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/invitations/read-invitation.json");
        event.setPathParameters(code == null ? null : new HashMap<>(Map.of("code", code)));
        event.setRawPath("/v1/invitations/" + code);
        event.getRequestContext().getHttp().setPath(event.getRawPath());
        return event;
    }

    /** @param key null for a request without the header */
    public static APIGatewayV2HTTPEvent employerView(String id, String key) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/invitations/employer-view.json");
        event.setPathParameters(new HashMap<>(Map.of("reorganisationId", id)));
        event.setRawPath("/v1/employer-views/" + id);
        event.getRequestContext().getHttp().setPath(event.getRawPath());
        return Events.withHeader(event, "x-employer-key", key);
    }

    /** The secret after {@code key=} in an employer-view link. */
    public static String keyOf(String employerViewUrl) {
        return java.net.URLDecoder.decode(employerViewUrl.substring(employerViewUrl.indexOf("&key=") + 5),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static APIGatewayV2HTTPEvent desk(String fixture, String region, String id, String deskRegion) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(
                "events/reorganisations/" + fixture + ".json");
        Map<String, String> path = new LinkedHashMap<>();
        path.put("region", region);
        if (id != null) {
            path.put("reorganisationId", id);
        }
        event.setPathParameters(path);
        String template = event.getRouteKey().substring(event.getRouteKey().indexOf(' ') + 1);
        String rawPath = template.replace("{region}", region).replace("{reorganisationId}", id == null ? "" : id);
        event.setRawPath(rawPath);
        event.getRequestContext().getHttp().setPath(rawPath);
        event.getRequestContext().getAuthorizer().getIam().setUserArn("arn:aws:sts::123456789012:assumed-role/"
                + System.getProperty("DESK_ROLE_PREFIX") + deskRegion.toLowerCase(Locale.ROOT) + "/desk-session");
        return event;
    }
}
