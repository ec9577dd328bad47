package nl.rmt.intake.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

class FeedbackApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordingPartnerApi server = RecordingPartnerApi.start();
    private final FeedbackApi api = new FeedbackApi(server.url(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create("rmt-intake-partner-uwv", "any-secret")),
            Region.EU_WEST_1);

    @AfterEach
    void stop() {
        api.close();
        server.close();
    }

    @Test
    void feedbackIsPostedAsJsonToTheCasesFeedbackRouteSignedWithSigV4ForExecuteApi() throws Exception {
        int status = api.send("case-7", Feedback.closed(Outcome.WORK));

        assertThat(status).isEqualTo(202);
        RecordingPartnerApi.Received request = server.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/partner/cases/case-7/feedback");
        assertThat(request.headers()).containsEntry("content-type", "application/json");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree("{\"type\":\"CLOSED\",\"outcome\":\"WORK\"}"));

        assertThat(request.headers().get("authorization")).matches(
                "AWS4-HMAC-SHA256 Credential=rmt-intake-partner-uwv/\\d{8}/eu-west-1/execute-api/aws4_request, "
                        + "SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}");
        assertThat(signedHeaders(request)).contains("host", "x-amz-date", "content-type");
        assertThat(request.headers().get("x-amz-date")).matches("\\d{8}T\\d{6}Z");
        String scopeDate = request.headers().get("authorization").replaceFirst(".*Credential=[^/]+/(\\d{8})/.*", "$1");
        assertThat(request.headers().get("x-amz-date")).startsWith(scopeDate);
    }

    @Test
    void onlyTheFieldsOfTheFeedbackTypeAreSent() throws Exception {
        api.send("case-8", Feedback.accepted());
        api.send("case-9", Feedback.rejected("Outside our region"));

        assertThat(JSON.readTree(server.receivedFor("case-8").get(0).body()))
                .isEqualTo(JSON.readTree("{\"type\":\"ACCEPTED\"}"));
        assertThat(JSON.readTree(server.receivedFor("case-9").get(0).body()))
                .isEqualTo(JSON.readTree("{\"type\":\"REJECTED\",\"reason\":\"Outside our region\"}"));
    }

    @Test
    void theApisAnswerIsReturnedAsItsStatus() {
        server.answer("case-10", 409);

        assertThat(api.send("case-10", Feedback.contacted())).isEqualTo(409);
    }

    @Test
    void aCaseIdIsOnePathSegment() {
        api.send("a/b c", Feedback.accepted());

        assertThat(server.received()).singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/v1/partner/cases/a%2Fb%20c/feedback"));
    }

    @Test
    void anUnreachableApiIsAnIoFailureNamingTheCase() {
        FeedbackApi nowhere = new FeedbackApi(URI.create("http://localhost:1"),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("rmt-intake-partner-uwv", "any-secret")),
                Region.EU_WEST_1);

        assertThatThrownBy(() -> nowhere.send("case-11", Feedback.accepted()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("case-11");
    }

    private static List<String> signedHeaders(RecordingPartnerApi.Received request) {
        String authorization = request.headers().get("authorization");
        String signed = authorization.replaceFirst(".*SignedHeaders=([^,]+),.*", "$1");
        return List.of(signed.split(";"));
    }
}
