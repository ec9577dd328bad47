package nl.rmt.intake.testing;

import java.security.SecureRandom;
import java.time.Clock;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.handlers.intake.SubmitIntakeHandler;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;

/** The shared test stack allows many emails a day per address; these tests set the limit themselves. */
public final class EmailLimit {

    private EmailLimit() {
    }

    public static SubmitIntakeHandler intakeHandlerAllowing(int emailsPerAddressPerDay) {
        return LocalStack.asFunction("SubmitIntakeFunction",
                () -> new SubmitIntakeHandler(submitIntakeAllowing(emailsPerAddressPerDay)));
    }

    /** The intake use case against the test stack's table, as the function builds it. */
    public static SubmitIntake submitIntakeAllowing(int emailsPerAddressPerDay) {
        return new SubmitIntake(
                IntakeTriage.loadDefault(),
                new DynamoDbCaseStore(AwsClients.dynamoDb(), LocalStack.table(),
                        new QueueNames(System.getProperty("QUEUE_NAME_PREFIX"))),
                Clock.systemUTC(), new SecureRandom(), emailsPerAddressPerDay);
    }
}
