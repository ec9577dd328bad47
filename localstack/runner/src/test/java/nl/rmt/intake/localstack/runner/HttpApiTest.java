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

class HttpApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void routeWithPathTemplateGetsAPayloadFormat2Event() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes?lang=en&tag=a&tag=b"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "nl")
                .header("Cookie", "consent=yes; theme=dark")
                .POST(HttpRequest.BodyPublishers.ofString("{\"needs\":[\"WORK\"]}")));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode echo = JSON.readTree(response.body());
        assertThat(echo.path("version").asText()).isEqualTo("2.0");
        assertThat(echo.path("routeKey").asText()).isEqualTo("POST /v1/regions/{region}/intakes");
        assertThat(echo.path("requestContextRouteKey").asText()).isEqualTo("POST /v1/regions/{region}/intakes");
        assertThat(echo.path("rawPath").asText()).isEqualTo("/v1/regions/AM18/intakes");
        assertThat(echo.path("rawQueryString").asText()).isEqualTo("lang=en&tag=a&tag=b");
        assertThat(echo.path("pathParameters").path("region").asText()).isEqualTo("AM18");
        assertThat(echo.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b");
        assertThat(echo.path("headers").path("accept-language").asText()).isEqualTo("nl");
        assertThat(echo.path("headers").has("cookie")).isFalse();
        assertThat(echo.path("cookies")).extracting(JsonNode::asText).containsExactly("consent=yes", "theme=dark");
        assertThat(echo.path("body").asText()).isEqualTo("{\"needs\":[\"WORK\"]}");
        assertThat(echo.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(echo.path("method").asText()).isEqualTo("POST");
        assertThat(echo.path("path").asText()).isEqualTo("/v1/regions/AM18/intakes");
        assertThat(echo.path("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(echo.path("stage").asText()).isEqualTo("$default");
        assertThat(echo.path("apiId").asText()).isEqualTo("httpapi");
        assertThat(echo.path("timeEpoch").asLong()).isPositive();
        assertThat(echo.path("functionName").asText()).isEqualTo("rmt-intake-EchoFunction");
        assertThat(echo.path("remainingTimeMillis").asInt()).isBetween(1, 5000);
    }

    @Test
    void responseStatusHeadersAndCookiesComeFromTheHandlersResponse() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM26/intakes"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Echo")).contains("yes");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("session=abc; Path=/");
    }

    @Test
    void binaryBodyIsPassedBase64Encoded() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})));

        JsonNode echo = JSON.readTree(response.body());
        assertThat(echo.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(echo.path("body").asText()).isEqualTo("AQID");
    }

    @Test
    void unknownPathAnswers404() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/nothing")).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
    }

    @Test
    void knownPathWithAnotherMethodAnswers405() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes")).GET());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void handlerExceptionAnswers500LikeApiGateway() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/broken")).DELETE());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"message\":\"Internal Server Error\"}");
    }

    @Test
    void resultWithoutStatusCodeBecomesA200JsonBodyAndGreedyPathsKeepTheirSlashes() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/files/reports/2026/q1.csv")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"file\":\"reports/2026/q1.csv\",\"found\":true}"));
    }

    @Test
    void bodyOverHttpApisTenMegabytesAnswers413WithoutInvokingTheFunction() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("{\"message\":\"Request Entity Too Large\"}");
    }

    @Test
    void eventOverLambdasSixMegabytesAnswers413LikeARefusedInvocation() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "a".repeat(6 * 1024 * 1024) + "\"")));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void bodyJustUnderLambdasLimitStillReachesTheFunction() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "a".repeat(5 * 1024 * 1024) + "\"")));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void headerValuesOverHttpApisQuotaAnswer431WithoutInvokingTheFunction() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes"))
                .header("Content-Type", "application/json")
                .header("X-Padding", "a".repeat(10_240))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(431);
        assertThat(response.body()).isEqualTo("{\"message\":\"Request Header Fields Too Large\"}");
    }

    @Test
    void headerValuesWithinHttpApisQuotaStillReachTheFunction() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url("/v1/regions/AM18/intakes"))
                .header("Content-Type", "application/json")
                .header("X-Padding", "a".repeat(9_000))
                .POST(HttpRequest.BodyPublishers.ofString("\"a\"")));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI url(String pathAndQuery) {
        return URI.create(TestRuntime.lambda().httpApiUrl() + pathAndQuery);
    }
}
