package nl.rmt.intake.config;

import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS client, apart from {@link AwsClients} so that only the functions that send messages carry SQS. */
public final class SqsClients {

    private SqsClients() {
    }

    public static SqsClient sqs() {
        return SqsClient.builder().httpClient(AwsClients.httpClient()).build();
    }
}
