package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Answers with what it received, as the typed event the Lambda runtime would have given it. */
public class EchoHttpHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ObjectNode echo = JSON.createObjectNode();
        echo.put("version", event.getVersion());
        echo.put("routeKey", event.getRouteKey());
        echo.put("rawPath", event.getRawPath());
        echo.put("rawQueryString", event.getRawQueryString());
        echo.set("pathParameters", JSON.valueToTree(event.getPathParameters()));
        echo.set("queryStringParameters", JSON.valueToTree(event.getQueryStringParameters()));
        echo.set("headers", JSON.valueToTree(event.getHeaders()));
        echo.set("cookies", JSON.valueToTree(event.getCookies()));
        echo.put("body", event.getBody());
        echo.put("isBase64Encoded", event.getIsBase64Encoded());
        echo.put("method", event.getRequestContext().getHttp().getMethod());
        echo.put("path", event.getRequestContext().getHttp().getPath());
        echo.put("sourceIp", event.getRequestContext().getHttp().getSourceIp());
        echo.put("stage", event.getRequestContext().getStage());
        echo.put("requestContextRouteKey", event.getRequestContext().getRouteKey());
        echo.put("apiId", event.getRequestContext().getApiId());
        echo.put("timeEpoch", event.getRequestContext().getTimeEpoch());
        echo.put("functionName", context.getFunctionName());
        echo.put("remainingTimeMillis", context.getRemainingTimeInMillis());
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/json", "X-Echo", "yes"))
                .withCookies(List.of("session=abc; Path=/"))
                .withBody(echo.toString())
                .build();
    }
}
