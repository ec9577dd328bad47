package nl.rmt.intake.openapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.localstack.ProjectFiles;
import nl.rmt.intake.testing.Events;

/**
 * Requests built from the fixtures in events/, as API Gateway hands them to the functions: the route key, the raw
 * path, the path and query parameters and the caller's role always agree, so that each request can be held
 * against the document's operation for its route.
 */
final class ApiCalls {

    static final String INTAKE = "POST /v1/regions/{region}/intakes";
    static final String PREVIEW = "POST /v1/regions/{region}/intakes/preview";
    static final String FEEDBACK = "POST /v1/partner/cases/{caseId}/feedback";
    static final String WITHDRAWAL = "POST /v1/withdrawals";
    static final String LIST_CASES = "GET /v1/regions/{region}/cases";
    static final String READ_CASE = "GET /v1/regions/{region}/cases/{caseId}";
    static final String REROUTE = "POST /v1/regions/{region}/cases/{caseId}/reroute";

    private ApiCalls() {
    }

    /** The names of the fixtures in {@code events/<folder>}, without {@code .json}. */
    static Stream<String> fixtures(String folder) {
        try (Stream<Path> files = Files.list(ProjectFiles.root().resolve("events").resolve(folder))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form from events/intakes/ with a key of its own, so that no other test's submission is replayed. */
    static APIGatewayV2HTTPEvent intake(String fixture) {
        return Events.withIdempotencyKey(Events.intake(fixture), UUID.randomUUID().toString());
    }

    static APIGatewayV2HTTPEvent invalidIntake(String fixture) {
        return EventLoader.loadApiGatewayHttpEvent("events/invalid/" + fixture + ".json");
    }

    /** The same form sent to the preview route of the same desk. */
    static APIGatewayV2HTTPEvent preview(APIGatewayV2HTTPEvent intake) {
        Events.withIdempotencyKey(intake, null);
        return route(intake, PREVIEW, intake.getPathParameters(), Map.of());
    }

    static APIGatewayV2HTTPEvent previewFixture() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/preview/zzp-noordoost-brabant.json");
        return route(event, PREVIEW, event.getPathParameters(), Map.of());
    }

    /**
     * A report from events/partner/ on the given case, signed by the given role.
     *
     * @param role the caller's IAM role name; null for a call that reached the function without an IAM caller
     */
    static APIGatewayV2HTTPEvent feedback(String fixture, String caseId, String role) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/partner/" + fixture + ".json");
        signedBy(event, role);
        return route(event, FEEDBACK, Map.of("caseId", caseId), Map.of());
    }

    /** A report with the given body, sent like the fixtures' reports. */
    static APIGatewayV2HTTPEvent report(String caseId, String role, Map<String, String> body) {
        return withBody(feedback("feedback-accepted", caseId, role), body);
    }

    static String partnerRole(String partnerId) {
        return System.getProperty("PARTNER_ROLE_PREFIX") + partnerId;
    }

    static String deskRole(String region) {
        return System.getProperty("DESK_ROLE_PREFIX") + region.toLowerCase(Locale.ROOT);
    }

    static APIGatewayV2HTTPEvent withdrawalFixture() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/withdrawal/withdraw.json");
        return route(event, WITHDRAWAL, Map.of(), Map.of());
    }

    static APIGatewayV2HTTPEvent withdrawal(String reference, String code) {
        return withBody(withdrawalFixture(), Map.of("reference", reference, "code", code));
    }

    /** @param deskRegion the region in the caller's desk role */
    static APIGatewayV2HTTPEvent listCases(String region, Map<String, String> query, String deskRegion) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/desk/list-cases.json");
        signedBy(event, deskRole(deskRegion));
        return route(event, LIST_CASES, Map.of("region", region), query);
    }

    static APIGatewayV2HTTPEvent readCase(String region, String caseId, String deskRegion) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/desk/read-case.json");
        signedBy(event, deskRole(deskRegion));
        return route(event, READ_CASE, Map.of("region", region, "caseId", caseId), Map.of());
    }

    /** The fixture's re-route (to am18-gemeente, with a reason) of the given case. */
    static APIGatewayV2HTTPEvent reroute(String region, String caseId, String deskRegion) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/desk/reroute.json");
        signedBy(event, deskRole(deskRegion));
        return route(event, REROUTE, Map.of("region", region, "caseId", caseId), Map.of());
    }

    static APIGatewayV2HTTPEvent reroute(String region, String caseId, String partnerId, String reason) {
        return withBody(reroute(region, caseId, region), Map.of("partnerId", partnerId, "reason", reason));
    }

    static APIGatewayV2HTTPEvent withBody(APIGatewayV2HTTPEvent event, Object body) {
        event.setBody(body instanceof String text ? text : Json.write(body));
        return event;
    }

    static APIGatewayV2HTTPEvent withHeader(APIGatewayV2HTTPEvent event, String name, String value) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put(name.toLowerCase(Locale.ROOT), value);
        event.setHeaders(headers);
        return event;
    }

    private static void signedBy(APIGatewayV2HTTPEvent event, String role) {
        if (role == null) {
            event.getRequestContext().setAuthorizer(null);
        } else {
            event.getRequestContext().getAuthorizer().getIam()
                    .setUserArn("arn:aws:sts::123456789012:assumed-role/" + role + "/contract-test");
        }
    }

    /** Points the event at a route and fills in the path and query as API Gateway would for those values. */
    private static APIGatewayV2HTTPEvent route(APIGatewayV2HTTPEvent event, String routeKey,
                                               Map<String, String> pathParameters, Map<String, String> query) {
        String template = routeKey.substring(routeKey.indexOf(' ') + 1);
        String path = template;
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        event.setRouteKey(routeKey);
        event.setRawPath(path);
        event.getRequestContext().setRouteKey(routeKey);
        event.getRequestContext().getHttp().setPath(path);
        event.getRequestContext().getHttp().setMethod(routeKey.substring(0, routeKey.indexOf(' ')));
        event.setPathParameters(pathParameters.isEmpty() ? null : new LinkedHashMap<>(pathParameters));
        event.setQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query));
        event.setRawQueryString(query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&")));
        return event;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
