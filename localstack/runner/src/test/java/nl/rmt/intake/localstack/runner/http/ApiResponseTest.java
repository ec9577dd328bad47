package nl.rmt.intake.localstack.runner.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiResponseTest {

    @Test
    void base64BodyIsDecoded() {
        ApiResponse response = ApiResponse.fromFunctionResult(
                "{\"statusCode\": 200, \"body\": \"AQID\", \"isBase64Encoded\": true}");

        assertThat(response.body()).containsExactly(1, 2, 3);
    }

    @Test
    void cookiesBecomeSetCookieHeaders() {
        ApiResponse response = ApiResponse.fromFunctionResult(
                "{\"statusCode\": 204, \"cookies\": [\"a=1\", \"b=2\"], \"headers\": {\"X-Id\": \"7\"}}");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.headers()).containsEntry("Set-Cookie", List.of("a=1", "b=2")).containsEntry("X-Id", List.of("7"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aResultWithoutStatusCodeIsA200JsonBody() {
        ApiResponse response = ApiResponse.fromFunctionResult("[1, 2]");

        assertThat(response.status()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("[1, 2]");
        assertThat(response.headers()).containsEntry("Content-Type", List.of("application/json"));
    }

    @Test
    void aStatusCodeThatIsNoNumberIsMalformed() {
        assertThatThrownBy(() -> ApiResponse.fromFunctionResult("{\"statusCode\": \"soon\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
