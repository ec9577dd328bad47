package nl.rmt.intake.localstack.runner.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP response as API Gateway builds it from a function's result. */
record ApiResponse(int status, Map<String, List<String>> headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ApiResponse json(int status, String body) {
        return new ApiResponse(status, Map.of("Content-Type", List.of("application/json")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Payload format 2.0: an object with statusCode is a response description; any other result is
     * the body of a 200 with content type application/json.
     */
    static ApiResponse fromFunctionResult(String resultJson) {
        if (resultJson == null) {
            return new ApiResponse(200, Map.of(), new byte[0]);
        }
        JsonNode result;
        try {
            result = JSON.readTree(resultJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("function result is not JSON");
        }
        if (!result.isObject() || !result.has("statusCode")) {
            String body = result.isTextual() ? result.asText() : resultJson;
            return json(200, body);
        }
        if (!result.get("statusCode").canConvertToInt()) {
            throw new IllegalArgumentException("statusCode is not a number");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        result.path("headers").properties().forEach(header ->
                headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(header.getValue().asText()));
        result.path("multiValueHeaders").properties().forEach(header ->
                header.getValue().forEach(value ->
                        headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(value.asText())));
        result.path("cookies").forEach(cookie ->
                headers.computeIfAbsent("Set-Cookie", name -> new ArrayList<>()).add(cookie.asText()));
        JsonNode bodyNode = result.path("body");
        byte[] body;
        if (bodyNode.isMissingNode() || bodyNode.isNull()) {
            body = new byte[0];
        } else if (result.path("isBase64Encoded").asBoolean(false)) {
            body = Base64.getDecoder().decode(bodyNode.asText());
        } else {
            body = bodyNode.asText().getBytes(StandardCharsets.UTF_8);
        }
        return new ApiResponse(result.get("statusCode").asInt(), headers, body);
    }
}
