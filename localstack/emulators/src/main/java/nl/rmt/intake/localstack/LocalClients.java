package nl.rmt.intake.localstack;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SDK clients aimed explicitly at an emulator endpoint, with the dummy credentials the emulators accept. */
public final class LocalClients {

    /** The emulators accept any key; these are what the SDK system properties are set to as well. */
    public static final String ACCESS_KEY_ID = "local";
    public static final String SECRET_ACCESS_KEY = "local";

    private LocalClients() {
    }

    public static DynamoDbClient dynamoDb(URI endpoint, String region) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static DynamoDbStreamsClient dynamoDbStreams(URI endpoint, String region) {
        return DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static SqsClient sqs(URI endpoint, String region) {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    public static SesV2Client sesV2(URI endpoint, String region) {
        return SesV2Client.builder().endpointOverride(endpoint).region(Region.of(region))
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }
}
