package nl.rmt.intake.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Counts requests as API Gateway passes them on after checking the caller's SigV4 signature. */
public final class MonitoringCalls {

    private MonitoringCalls() {
    }

    /** @param role the caller's IAM role name; null for a call without an IAM caller */
    public static APIGatewayV2HTTPEvent counts(Map<String, String> query, String role) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/monitoring/counts.json");
        event.setQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query));
        event.setRawQueryString(query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&")));
        if (role == null) {
            event.getRequestContext().setAuthorizer(null);
        } else {
            event.getRequestContext().getAuthorizer().getIam()
                    .setUserArn("arn:aws:sts::123456789012:assumed-role/" + role + "/monitoring-session");
        }
        return event;
    }

    public static APIGatewayV2HTTPEvent withAccept(APIGatewayV2HTTPEvent event, String accept) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("accept", accept);
        event.setHeaders(headers);
        return event;
    }

    public static String monitoringRole() {
        return System.getProperty("MONITORING_ROLE_NAME");
    }

    public static String deskRole(String region) {
        return System.getProperty("DESK_ROLE_PREFIX") + region.toLowerCase(Locale.ROOT);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
