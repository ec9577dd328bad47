package nl.rmt.intake.config;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients with the lightweight URL-connection HTTP client. Region, credentials and endpoint come from the
 * SDK's standard settings ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL_*} or their system properties), so the
 * same code runs on AWS, LocalStack and the embedded stack. Build each once per container.
 */
public final class AwsClients {

    private static final SdkHttpClient HTTP_CLIENT = UrlConnectionHttpClient.create();
    static final Duration SES_CALL_TIMEOUT = Duration.ofSeconds(8);

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClient(HTTP_CLIENT).build();
    }

    public static SqsClient sqs() {
        return SqsClient.builder().httpClient(HTTP_CLIENT).build();
    }

    /**
     * No SDK retries: a timed-out SendEmail may have been sent, and sending it again mails the citizen twice. The
     * claim on the case retries instead, knowing what happened. The timeout ends a hanging call well within the
     * function's own timeout, so the outcome is recorded instead of the function being stopped mid-send.
     */
    public static SesV2Client sesV2() {
        return sesV2(SES_CALL_TIMEOUT).build();
    }

    /** As {@link #sesV2()}, with another timeout and the builder left open (an endpoint, for a test). */
    public static SesV2ClientBuilder sesV2(Duration callTimeout) {
        return SesV2Client.builder().httpClient(HTTP_CLIENT)
                .overrideConfiguration(override -> override
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(callTimeout));
    }
}
