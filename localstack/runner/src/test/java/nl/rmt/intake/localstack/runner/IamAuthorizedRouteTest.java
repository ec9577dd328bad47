package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class IamAuthorizedRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = "eu-west-1";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnsignedRequestToAnIamRouteIsForbiddenAsApiGatewayAnswersIt() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/desks/AM18/cases")).GET());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"message\":\"Forbidden\"}");
    }

    @Test
    void aSignedGetReachesTheFunctionWithTheCallersAssumedRoleAndTheQuery() throws Exception {
        HttpResponse<String> response = send(SignedRequests.signed("GET",
                url("/v1/desks/AM18/cases?status=ROUTED&status=ACCEPTED&limit=20"), null, "rmt-intake-desk-am18", REGION));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode echo = JSON.readTree(response.body());
        JsonNode iam = echo.path("iam");
        assertThat(iam.path("accessKey").asText()).isEqualTo("rmt-intake-desk-am18");
        assertThat(iam.path("accountId").asText()).isEqualTo("000000000000");
        assertThat(iam.path("userArn").asText()).isEqualTo("arn:aws:sts::000000000000:assumed-role/rmt-intake-desk-am18/local");
        assertThat(iam.path("userId").asText()).matches("AROA[A-Z2-7]{17}:local");
        assertThat(iam.path("callerId").asText()).isEqualTo(iam.path("userId").asText());
        assertThat(iam.path("principalOrgId").isNull()).isTrue();
        assertThat(iam.path("cognitoIdentity").isNull()).isTrue();
        assertThat(echo.path("queryStringParameters").path("status").asText()).isEqualTo("ROUTED,ACCEPTED");
        assertThat(echo.path("queryStringParameters").path("limit").asText()).isEqualTo("20");
        assertThat(echo.path("pathParameters").path("region").asText()).isEqualTo("AM18");
    }

    @Test
    void oneRoleAlwaysGetsTheSameRoleIdAndAnotherRoleAnotherOne() throws Exception {
        String desk = callerId("rmt-intake-desk-am18");

        assertThat(callerId("rmt-intake-desk-am18")).isEqualTo(desk);
        assertThat(callerId("rmt-intake-desk-am01")).isNotEqualTo(desk);
    }

    @Test
    void theApisDefaultAuthorizerGuardsARouteWithoutItsOwnAuth() throws Exception {
        URI feedback = url("/v1/partner/cases/case-1/feedback");
        String body = "{\"type\":\"ACCEPTED\"}";

        HttpResponse<String> unsigned = send(HttpRequest.newBuilder(feedback).POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> signed = send(SignedRequests.signed("POST", feedback, body, "rmt-intake-partner-uwv", REGION));

        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(signed.statusCode()).isEqualTo(200);
        JsonNode echo = JSON.readTree(signed.body());
        assertThat(echo.path("iam").path("accessKey").asText()).isEqualTo("rmt-intake-partner-uwv");
        assertThat(echo.path("body").asText()).isEqualTo(body);
    }

    @Test
    void aRouteThatOptsOutWithNoneIsOpenAndGetsNoAuthorizer() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/partner/status")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("iam").isNull()).isTrue();
    }

    @Test
    void aSignatureForAnotherServiceOrRegionOrWithoutItsDateIsForbidden() throws Exception {
        URI cases = url("/v1/desks/AM18/cases");
        HttpRequest.Builder otherRegion = SignedRequests.signed("GET", cases, null, "rmt-intake-desk-am18", "us-east-1");
        String valid = SignedRequests.signed("GET", cases, null, "rmt-intake-desk-am18", REGION).build()
                .headers().firstValue("Authorization").orElseThrow();
        String amzDate = SignedRequests.signed("GET", cases, null, "rmt-intake-desk-am18", REGION).build()
                .headers().firstValue("X-Amz-Date").orElseThrow();

        assertThat(send(otherRegion).statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(cases).header("Authorization", valid.replace("/execute-api/", "/s3/")))
                .statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(cases).header("Authorization", valid)).statusCode())
                .as("no X-Amz-Date").isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(cases).header("Authorization", "Bearer abc").header("X-Amz-Date", amzDate))
                .statusCode()).isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(cases).header("Authorization", valid).header("X-Amz-Date", amzDate))
                .statusCode()).as("the same, complete").isEqualTo(200);
    }

    @Test
    void theRouteListingMarksIamRoutes() {
        assertThat(TestRuntime.lambda().routes())
                .contains("GET /v1/desks/{region}/cases -> IamEchoFunction (AWS_IAM)")
                .contains("POST /v1/partner/cases/{caseId}/feedback -> IamEchoFunction (AWS_IAM)")
                .contains("GET /v1/partner/status -> IamEchoFunction");
        assertThat(TestRuntime.lambda().servesRoute("POST", "/v1/partner/cases/{id}/feedback")).isTrue();
        assertThat(TestRuntime.lambda().servesRoute("GET", "/v1/partner/cases/{id}/feedback")).isFalse();
    }

    private String callerId(String role) throws IOException, InterruptedException {
        HttpResponse<String> response = send(SignedRequests.signed("GET", url("/v1/desks/AM18/cases"), null, role, REGION));
        return JSON.readTree(response.body()).path("iam").path("callerId").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String pathAndQuery) {
        return URI.create(TestRuntime.lambda().httpApiUrl() + pathAndQuery);
    }
}
