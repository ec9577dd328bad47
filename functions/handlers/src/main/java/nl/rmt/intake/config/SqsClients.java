package nl.rmt.intake.config;

import nl.rmt.intake.snapstart.Priming;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The SQS client, apart from {@link AwsClients} so that only the functions that send messages carry SQS. */
public final class SqsClients {

    private SqsClients() {
    }

    public static SqsClient sqs() {
        return AwsClients.standard(SqsClient.builder())
                .overrideConfiguration(override -> override.addExecutionInterceptor(Priming.stopBeforeSending()))
                .build();
    }
}
