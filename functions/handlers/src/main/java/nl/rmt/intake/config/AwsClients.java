package nl.rmt.intake.config;

import nl.rmt.intake.snapstart.Priming;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SDK clients with the lightweight URL-connection HTTP client, the one the packages ship. The region is
 * {@code AWS_REGION} (or {@code aws.region}), the credentials those Lambda gives a function: the environment, or
 * with SnapStart the container endpoint ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}); system properties first for
 * the local stacks. Naming them skips the SDK's default chains (profile files, web identity, instance metadata).
 * The endpoint still comes from the SDK's settings ({@code AWS_ENDPOINT_URL_*} or their system properties), so the
 * same jars run on AWS, LocalStack and the embedded stack. Build each once per container.
 *
 * <p>Each service's client has a class of its own ({@link SqsClients}, {@link SesClients}): a function's
 * package holds only the SDK jars its handler's classes refer to, so a class naming every service would put
 * every service in every function.
 */
public final class AwsClients {

    private static final SdkHttpClient HTTP_CLIENT = UrlConnectionHttpClient.create();
    private static final AwsCredentialsProvider CREDENTIALS = AwsCredentialsProviderChain.of(
            SystemPropertyCredentialsProvider.create(), EnvironmentVariableCredentialsProvider.create(),
            ContainerCredentialsProvider.builder().build());

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return standard(DynamoDbClient.builder())
                .overrideConfiguration(override -> override.addExecutionInterceptor(Priming.stopBeforeSending()))
                .build();
    }

    /** The HTTP client, region and credentials every client of the project uses. */
    static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B standard(B builder) {
        return builder.httpClient(HTTP_CLIENT).region(new SystemSettingsRegionProvider().getRegion())
                .credentialsProvider(CREDENTIALS);
    }
}
