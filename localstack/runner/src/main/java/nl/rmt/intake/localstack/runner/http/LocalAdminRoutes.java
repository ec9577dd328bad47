package nl.rmt.intake.localstack.runner.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.rmt.intake.localstack.runner.invoke.FunctionFailure;
import nl.rmt.intake.localstack.runner.schedule.ScheduleTriggers;

/**
 * Routes for driving the local stack by hand, under {@value #PREFIX}, which API Gateway has no use for and which
 * therefore comes before the template's routes: {@code POST /_local/schedules/{FunctionLogicalId}} fires the
 * function's schedule now and answers with its result.
 */
final class LocalAdminRoutes {

    static final String PREFIX = "/_local/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScheduleTriggers schedules;

    LocalAdminRoutes(ScheduleTriggers schedules) {
        this.schedules = schedules;
    }

    static boolean isAdminPath(String rawPath) {
        return rawPath.startsWith(PREFIX);
    }

    ApiResponse handle(IncomingRequest request) {
        List<String> segments = Arrays.stream(request.rawPath().substring(PREFIX.length()).split("/"))
                .filter(segment -> !segment.isEmpty()).toList();
        if (segments.size() != 2 || !segments.get(0).equals("schedules")) {
            return message(404, "Not Found");
        }
        if (!request.method().equals("POST")) {
            return message(405, "Method Not Allowed");
        }
        String functionLogicalId = URLDecoder.decode(segments.get(1), StandardCharsets.UTF_8);
        if (!schedules.hasSchedule(functionLogicalId)) {
            return message(404, "No function " + functionLogicalId + " with a schedule; scheduled are "
                    + schedules.schedules().stream().map(ScheduleTriggers.Scheduled::functionLogicalId).distinct().toList());
        }
        try {
            String result = schedules.trigger(functionLogicalId);
            ObjectNode answer = JSON.createObjectNode().put("function", functionLogicalId);
            answer.set("result", result == null ? JSON.nullNode() : json(result));
            return ApiResponse.json(200, answer.toString());
        } catch (FunctionFailure e) {
            ObjectNode answer = JSON.createObjectNode().put("message", functionLogicalId + " failed")
                    .put("errorType", e.errorType());
            return ApiResponse.json(500, answer.toString());
        }
    }

    private static JsonNode json(String result) {
        try {
            return JSON.readTree(result);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(result);
        }
    }

    private static ApiResponse message(int status, String message) {
        return ApiResponse.json(status, JSON.createObjectNode().put("message", message).toString());
    }
}
