package nl.rmt.intake.localstack.runner.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Answers with the caller API Gateway's IAM authorizer found, as the typed event gives it, and the query. */
public class IamEchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ObjectNode echo = JSON.createObjectNode();
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = event.getRequestContext().getAuthorizer();
        echo.set("iam", authorizer == null ? JSON.nullNode() : JSON.valueToTree(authorizer.getIam()));
        echo.set("queryStringParameters", JSON.valueToTree(event.getQueryStringParameters()));
        echo.set("pathParameters", JSON.valueToTree(event.getPathParameters()));
        echo.put("body", event.getBody());
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody(echo.toString()).build();
    }
}
