package nl.rmt.intake.openapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares one real exchange, an HTTP API (payload v2) event and the handler's answer, with what the document
 * says about its operation. Each check returns its problems in words, empty when the exchange follows the document.
 */
final class ContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final OpenApiDocument document;
    private final OpenApiDocument.Operation operation;

    private ContractCheck(OpenApiDocument document, OpenApiDocument.Operation operation) {
        this.document = document;
        this.operation = operation;
    }

    /** The check for the operation of the event's route, as API Gateway matched it; empty when undocumented. */
    static Optional<ContractCheck> forRoute(OpenApiDocument document, String routeKey) {
        return document.operation(routeKey).map(operation -> new ContractCheck(document, operation));
    }

    OpenApiDocument.Operation operation() {
        return operation;
    }

    /** Where the request breaks the document: its path, query, headers and body. */
    List<String> requestProblems(APIGatewayV2HTTPEvent event) {
        List<String> problems = new ArrayList<>();
        checkPath(event, problems);
        checkQuery(event, problems);
        checkHeaders(event, problems);
        checkBody(event, problems);
        return problems;
    }

    /** Where the answer breaks the document: an undocumented status, header or media type, or a body off schema. */
    List<String> responseProblems(APIGatewayV2HTTPResponse response) {
        List<String> problems = new ArrayList<>();
        int status = response.getStatusCode();
        Optional<JsonNode> declared = operation.response(status);
        if (declared.isEmpty()) {
            problems.add(operation + " does not list status " + status + "; it lists " + operation.statuses());
            return problems;
        }
        checkResponseHeaders(declared.get(), response, status, problems);
        checkResponseBody(declared.get(), response, status, problems);
        return problems;
    }

    private void checkPath(APIGatewayV2HTTPEvent event, List<String> problems) {
        Map<String, String> values = event.getPathParameters() == null ? Map.of() : event.getPathParameters();
        Matcher placeholders = PATH_PARAMETER.matcher(operation.path());
        StringBuilder expanded = new StringBuilder();
        while (placeholders.find()) {
            String name = placeholders.group(1);
            String value = values.getOrDefault(name, "{" + name + "}");
            placeholders.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(expanded);
        if (event.getRawPath() != null && !expanded.toString().equals(event.getRawPath())) {
            problems.add("rawPath " + event.getRawPath() + " is not " + operation.path() + " with " + values);
        }
        for (String name : values.keySet()) {
            if (operation.parameters("path").stream().noneMatch(p -> p.path("name").asText().equals(name))) {
                problems.add("path parameter " + name + " is not documented");
            }
        }
        for (JsonNode parameter : operation.parameters("path")) {
            checkValue("path parameter", parameter, values.get(parameter.path("name").asText()), problems);
        }
    }

    private void checkQuery(APIGatewayV2HTTPEvent event, List<String> problems) {
        Map<String, String> values = event.getQueryStringParameters() == null ? Map.of()
                : event.getQueryStringParameters();
        for (String name : values.keySet()) {
            if (operation.parameters("query").stream().noneMatch(p -> p.path("name").asText().equals(name))) {
                problems.add("query parameter " + name + " is not documented");
            }
        }
        for (JsonNode parameter : operation.parameters("query")) {
            checkValue("query parameter", parameter, values.get(parameter.path("name").asText()), problems);
        }
    }

    /** Only the documented headers: browsers and SDKs send many more, which the document need not list. */
    private void checkHeaders(APIGatewayV2HTTPEvent event, List<String> problems) {
        for (JsonNode parameter : operation.parameters("header")) {
            checkValue("header", parameter, header(event.getHeaders(), parameter.path("name").asText()), problems);
        }
    }

    private void checkValue(String where, JsonNode parameter, String value, List<String> problems) {
        String name = parameter.path("name").asText();
        if (value == null) {
            if (parameter.path("required").asBoolean(false)) {
                problems.add(where + " " + name + " is required");
            }
            return;
        }
        JsonNode schema = parameter.path("schema");
        problems.addAll(validate(where + " " + name, schema, typed(schema, value)));
    }

    /** A parameter's text as the JSON value its schema describes; API Gateway joins repeated values with commas. */
    private JsonNode typed(JsonNode schema, String text) {
        String type = document.typeOf(schema);
        if (type.equals("array")) {
            JsonNode items = document.resolve(schema).path("items");
            ArrayNode values = JsonNodeFactory.instance.arrayNode();
            for (String item : text.split(",", -1)) {
                values.add(typed(items, item.trim()));
            }
            return values;
        }
        if (type.equals("integer")) {
            try {
                return JsonNodeFactory.instance.numberNode(Long.parseLong(text.trim()));
            } catch (NumberFormatException notANumber) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
        if (type.equals("boolean") && (text.equals("true") || text.equals("false"))) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(text));
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    private void checkBody(APIGatewayV2HTTPEvent event, List<String> problems) {
        Optional<JsonNode> requestBody = operation.requestBody();
        String body = body(event.getBody(), event.getIsBase64Encoded());
        if (requestBody.isEmpty()) {
            if (!body.isEmpty()) {
                problems.add(operation + " takes no body, but one was sent");
            }
            return;
        }
        if (body.isEmpty()) {
            if (requestBody.get().path("required").asBoolean(false)) {
                problems.add("the body is required");
            }
            return;
        }
        String contentType = mediaType(header(event.getHeaders(), "Content-Type"));
        JsonNode media = requestBody.get().path("content").path(contentType);
        if (media.isMissingNode()) {
            problems.add("request media type " + contentType + " is not documented");
            return;
        }
        problems.addAll(validateJson("request body", media.path("schema"), body));
    }

    private void checkResponseHeaders(JsonNode declared, APIGatewayV2HTTPResponse response, int status,
                                      List<String> problems) {
        Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
        JsonNode documented = declared.path("headers");
        for (String name : headers.keySet()) {
            // OpenAPI describes Content-Type through the response's media types, never as a header.
            if (!name.equalsIgnoreCase("Content-Type") && field(documented, name).isEmpty()) {
                problems.add(status + " answer has header " + name + ", which the document does not list");
            }
        }
        documented.fields().forEachRemaining(entry -> {
            JsonNode header = document.resolve(entry.getValue());
            String value = header(headers, entry.getKey());
            if (value == null) {
                if (header.path("required").asBoolean(false)) {
                    problems.add(status + " answer lacks the required header " + entry.getKey());
                }
            } else {
                problems.addAll(validate(status + " header " + entry.getKey(), header.path("schema"),
                        typed(header.path("schema"), value)));
            }
        });
    }

    private void checkResponseBody(JsonNode declared, APIGatewayV2HTTPResponse response, int status,
                                   List<String> problems) {
        String body = body(response.getBody(), response.getIsBase64Encoded());
        JsonNode content = declared.path("content");
        if (body.isEmpty()) {
            if (!content.isMissingNode() && !content.isEmpty()) {
                problems.add(status + " answer has no body, but the document describes one");
            }
            return;
        }
        String contentType = mediaType(header(response.getHeaders(), "Content-Type"));
        JsonNode media = content.path(contentType);
        if (media.isMissingNode()) {
            problems.add(status + " answer is " + contentType + ", which the document does not list");
            return;
        }
        if (contentType.endsWith("json")) {
            problems.addAll(validateJson(status + " answer", media.path("schema"), body));
        } else {
            // Text (CSV): the schema describes the body as one string.
            problems.addAll(validate(status + " answer", media.path("schema"),
                    JsonNodeFactory.instance.textNode(body)));
        }
    }

    private List<String> validateJson(String what, JsonNode schema, String json) {
        JsonNode value;
        try {
            value = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of(what + " is not JSON");
        }
        return validate(what, schema, value);
    }

    List<String> validate(String what, JsonNode schema, JsonNode value) {
        return document.compile(schema).validate(value).stream()
                .map(ValidationMessage::getMessage)
                .map(message -> what + ": " + message)
                .toList();
    }

    private static String body(String body, boolean base64) {
        if (body == null) {
            return "";
        }
        return base64 ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** Header names are case-insensitive: API Gateway passes them in lower case, the handlers answer in any. */
    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Optional<String> field(JsonNode object, String name) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(candidate -> candidate.equalsIgnoreCase(name)).findFirst();
    }
}
