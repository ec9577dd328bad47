package nl.rmt.intake.config;

import nl.rmt.intake.snapstart.Priming;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SDK clients with the lightweight URL-connection HTTP client. Region, credentials and endpoint come from the
 * SDK's standard settings ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL_*} or their system properties), so the
 * same code runs on AWS, LocalStack and the embedded stack. Build each once per container.
 *
 * <p>Each service's client has a class of its own ({@link SqsClients}, {@link SesClients}): a function's
 * package holds only the SDK jars its handler's classes refer to, so a class naming every service would put
 * every service in every function.
 */
public final class AwsClients {

    private static final SdkHttpClient HTTP_CLIENT = UrlConnectionHttpClient.create();

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClient(HTTP_CLIENT)
                .overrideConfiguration(override -> override.addExecutionInterceptor(Priming.stopBeforeSending()))
                .build();
    }

    static SdkHttpClient httpClient() {
        return HTTP_CLIENT;
    }
}
