package nl.rmt.intake.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.rmt.intake.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HttpApiEventsTest {

    /** Every fixture in events/ that API Gateway's HTTP API would send. */
    static Stream<Path> httpApiFixtures() throws IOException, URISyntaxException {
        Path events = Path.of(HttpApiEventsTest.class.getResource("/events").toURI());
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(events)) {
            fixtures = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        return fixtures.stream().filter(file -> Json.read(text(file), JsonNode.class).path("version").asText()
                .equals("2.0"));
    }

    @ParameterizedTest
    @MethodSource("httpApiFixtures")
    void readsEveryFixtureAsTheRuntimesReaderInWhatTheHandlersUse(Path fixture) throws IOException {
        APIGatewayV2HTTPEvent expected = runtimeReader(text(fixture));

        APIGatewayV2HTTPEvent event = HttpApiEvents.read(Files.newInputStream(fixture));

        assertThat(event.getRouteKey()).isEqualTo(expected.getRouteKey());
        assertThat(event.getHeaders()).isEqualTo(expected.getHeaders());
        assertThat(event.getPathParameters()).isEqualTo(expected.getPathParameters());
        assertThat(event.getQueryStringParameters()).isEqualTo(expected.getQueryStringParameters());
        assertThat(event.getBody()).isEqualTo(expected.getBody());
        assertThat(event.getIsBase64Encoded()).isEqualTo(expected.getIsBase64Encoded());
        assertThat(userArn(event)).isEqualTo(userArn(expected));
    }

    @Test
    void skipsFieldsTheHandlersDoNotUseWhateverTheirShape() throws IOException {
        APIGatewayV2HTTPEvent event = read("""
                {"cookies": ["a=b"], "stageVariables": {"s": "v"}, "future": [{"deep": [1, {"x": null}]}],
                 "requestContext": {"http": {"method": "POST"}, "authorizer": {"jwt": {"claims": {"sub": "x"}},
                   "iam": {"cognitoIdentity": {"amr": ["a"]}, "userArn": "arn:aws:sts::1:assumed-role/r/s"}}},
                 "body": "{}", "isBase64Encoded": false}""");

        assertThat(event.getBody()).isEqualTo("{}");
        assertThat(userArn(event)).isEqualTo("arn:aws:sts::1:assumed-role/r/s");
        assertThat(event.getCookies()).isNull();
    }

    @Test
    void readsMissingAndNullFieldsAsAbsent() throws IOException {
        APIGatewayV2HTTPEvent event = read("""
                {"headers": null, "pathParameters": null, "body": null, "requestContext": {"authorizer": null}}""");

        assertThat(event.getHeaders()).isNull();
        assertThat(event.getPathParameters()).isNull();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getBody()).isNull();
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(CallerIdentity.roleName(event)).isEmpty();
    }

    @Test
    void keepsTheLastOfARepeatedHeaderAsTheRuntimesReaderDid() throws IOException {
        String json = "{\"headers\": {\"accept-language\": \"en\", \"accept-language\": \"nl\"}}";

        assertThat(read(json).getHeaders()).isEqualTo(runtimeReader(json).getHeaders()).containsEntry("accept-language", "nl");
    }

    @Test
    void refusesAnEventOfAnotherShapeWithoutQuotingIt() {
        for (String json : List.of("[]", "\"text\"", "{\"headers\": [\"x\"]}", "{\"headers\": {\"x-secret-name\": {}}}",
                "{\"body\": {\"a\": 1}}", "{\"requestContext\": []}", "{\"body\": \"unfinished")) {
            assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(IOException.class)
                    .satisfies(error -> assertThat(String.valueOf(error.getMessage())).doesNotContain("x-secret-name"));
        }
    }

    @Test
    void writesTheAnswerAsTheRuntimesWriterDid() throws IOException {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(400)
                .withHeaders(Map.of("Content-Type", "application/json; charset=utf-8", "Cache-Control", "no-store"))
                .withBody("{\"message\":\"\u00e9\u2028\\\"\"}")
                .build();
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream runtimes = new ByteArrayOutputStream();

        HttpApiEvents.write(response, ours);
        LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, getClass().getClassLoader())
                .toJson(response, runtimes);

        assertThat(withoutNulls(ours)).isEqualTo(withoutNulls(runtimes));
    }

    private static JsonNode withoutNulls(ByteArrayOutputStream json) {
        JsonNode tree = Json.read(json.toString(StandardCharsets.UTF_8), JsonNode.class);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).properties().removeIf(field -> field.getValue().isNull());
        return tree;
    }

    private static APIGatewayV2HTTPEvent read(String json) throws IOException {
        return HttpApiEvents.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static APIGatewayV2HTTPEvent runtimeReader(String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, HttpApiEventsTest.class.getClassLoader())
                .fromJson(in);
    }

    private static String userArn(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        return context == null || context.getAuthorizer() == null || context.getAuthorizer().getIam() == null ? null
                : context.getAuthorizer().getIam().getUserArn();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
