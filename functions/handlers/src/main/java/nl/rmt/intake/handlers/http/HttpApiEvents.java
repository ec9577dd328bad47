package nl.rmt.intake.handlers.http;

import static nl.rmt.intake.handlers.events.EventJson.JSON;
import static nl.rmt.intake.handlers.events.EventJson.fields;
import static nl.rmt.intake.handlers.events.EventJson.text;
import static nl.rmt.intake.handlers.events.EventJson.textMap;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The HTTP API's event read, and the answer written, in one streaming pass each. Only what the handlers use is
 * read (route key, headers, path and query parameters, body, whether it is base64, the IAM caller's ARN); any
 * other field is skipped, so fields API Gateway adds later change nothing. A field of the wrong JSON type makes
 * the invocation fail, as the runtime's own reader did: API Gateway never sends one.
 */
public final class HttpApiEvents {

    private static final String KIND = "an HTTP API event";

    private HttpApiEvents() {
    }

    public static APIGatewayV2HTTPEvent read(InputStream input) throws IOException {
        try (JsonParser json = JSON.createParser(input)) {
            APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
            fields(json, json.nextToken(), KIND, (field, value) -> {
                switch (field) {
                    case "routeKey" -> event.setRouteKey(text(json, value, KIND));
                    case "headers" -> event.setHeaders(textMap(json, value, KIND));
                    case "pathParameters" -> event.setPathParameters(textMap(json, value, KIND));
                    case "queryStringParameters" -> event.setQueryStringParameters(textMap(json, value, KIND));
                    case "body" -> event.setBody(text(json, value, KIND));
                    case "isBase64Encoded" -> event.setIsBase64Encoded(value == JsonToken.VALUE_TRUE);
                    case "requestContext" -> event.setRequestContext(requestContext(json, value));
                    default -> json.skipChildren();
                }
            });
            return event;
        }
    }

    public static void write(APIGatewayV2HTTPResponse response, OutputStream output) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(output)) {
            json.writeStartObject();
            json.writeNumberField("statusCode", response.getStatusCode());
            if (response.getHeaders() != null) {
                json.writeObjectFieldStart("headers");
                for (Map.Entry<String, String> header : response.getHeaders().entrySet()) {
                    json.writeStringField(header.getKey(), header.getValue());
                }
                json.writeEndObject();
            }
            if (response.getMultiValueHeaders() != null) {
                json.writeObjectFieldStart("multiValueHeaders");
                for (Map.Entry<String, List<String>> header : response.getMultiValueHeaders().entrySet()) {
                    json.writeArrayFieldStart(header.getKey());
                    for (String value : header.getValue()) {
                        json.writeString(value);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            if (response.getCookies() != null) {
                json.writeArrayFieldStart("cookies");
                for (String cookie : response.getCookies()) {
                    json.writeString(cookie);
                }
                json.writeEndArray();
            }
            if (response.getBody() != null) {
                json.writeStringField("body", response.getBody());
            }
            json.writeBooleanField("isBase64Encoded", response.getIsBase64Encoded());
            json.writeEndObject();
        }
    }

    /** {@code requestContext.authorizer.iam.userArn}: who signed a request to an IAM-authorised route. */
    private static RequestContext requestContext(JsonParser json, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        RequestContext context = new RequestContext();
        fields(json, start, KIND, (field, value) -> {
            if (field.equals("authorizer") && value != JsonToken.VALUE_NULL) {
                RequestContext.Authorizer authorizer = new RequestContext.Authorizer();
                fields(json, value, KIND, (kind, iam) -> {
                    if (kind.equals("iam") && iam != JsonToken.VALUE_NULL) {
                        authorizer.setIam(iam(json, iam));
                    } else {
                        json.skipChildren();
                    }
                });
                context.setAuthorizer(authorizer);
            } else {
                json.skipChildren();
            }
        });
        return context;
    }

    private static RequestContext.IAM iam(JsonParser json, JsonToken start) throws IOException {
        RequestContext.IAM iam = new RequestContext.IAM();
        fields(json, start, KIND, (field, value) -> {
            if (field.equals("userArn")) {
                iam.setUserArn(text(json, value, KIND));
            } else {
                json.skipChildren();
            }
        });
        return iam;
    }
}
