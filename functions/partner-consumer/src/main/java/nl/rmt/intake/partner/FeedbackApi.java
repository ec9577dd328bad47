package nl.rmt.intake.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The partner API's feedback route, called with SigV4 for {@code execute-api}: API Gateway checks the signature
 * and hands the function the caller's IAM role, which names the partner.
 */
public final class FeedbackApi implements AutoCloseable {

    static final String SERVICE = "execute-api";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiUrl;
    private final AwsCredentialsProvider credentials;
    private final Region region;
    private final SdkHttpClient http;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /**
     * @param apiUrl      the API's base URL, such as {@code http://localhost:3000}
     * @param credentials the partner role's credentials; with {@code DefaultCredentialsProvider} the usual
     *                    environment, profile or instance settings
     * @param region      the API's region, part of what is signed
     */
    public FeedbackApi(URI apiUrl, AwsCredentialsProvider credentials, Region region) {
        this(apiUrl, credentials, region, UrlConnectionHttpClient.create());
    }

    FeedbackApi(URI apiUrl, AwsCredentialsProvider credentials, Region region, SdkHttpClient http) {
        this.apiUrl = apiUrl.toString().replaceAll("/+$", "");
        this.credentials = credentials;
        this.region = region;
        this.http = http;
    }

    /**
     * Posts the feedback and returns the HTTP status. The answer's body is not read: it is for people, and
     * the status says all a consumer acts on.
     *
     * @throws UncheckedIOException when the API cannot be reached
     */
    public int send(String caseId, Feedback feedback) {
        byte[] body = json(feedback);
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create(apiUrl + "/v1/partner/cases/" + pathSegment(caseId) + "/feedback"))
                .putHeader("content-type", "application/json")
                .putHeader("content-length", Integer.toString(body.length))
                .build();
        SignedRequest signed = signer.sign(signing -> signing
                .identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id()));
        HttpExecuteRequest execute = HttpExecuteRequest.builder()
                .request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null))
                .build();
        try {
            HttpExecuteResponse response = http.prepareRequest(execute).call();
            if (response.responseBody().isPresent()) {
                try (InputStream answer = response.responseBody().get()) {
                    answer.transferTo(OutputStream.nullOutputStream());
                }
            }
            return response.httpResponse().statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException("Feedback for case " + caseId + " did not reach " + apiUrl, e);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    private static byte[] json(Feedback feedback) {
        try {
            return JSON.writeValueAsBytes(feedback);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Feedback cannot be written as JSON", e);
        }
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
