package nl.rmt.intake.config;

import java.time.Duration;
import nl.rmt.intake.snapstart.Priming;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/** The SES v2 client, apart from {@link AwsClients} so that only the functions that send email carry SES. */
public final class SesClients {

    static final Duration SES_CALL_TIMEOUT = Duration.ofSeconds(8);

    private SesClients() {
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
        return AwsClients.standard(SesV2Client.builder())
                .overrideConfiguration(override -> override
                        .addExecutionInterceptor(Priming.stopBeforeSending())
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(callTimeout));
    }
}
