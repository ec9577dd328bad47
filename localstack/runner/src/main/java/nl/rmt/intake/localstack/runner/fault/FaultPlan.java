package nl.rmt.intake.localstack.runner.fault;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Which faults to inject, how often (a share of the calls of that kind), and when SES is down: the first
 * {@code sesDownFor} of every {@code sesDownEvery}.
 */
public record FaultPlan(double dynamoDbThrottled, double dynamoDbServerError, double sqsSendFailed, double sesSlow,
        Duration sesSlowness, double sesAnswerLost, double crashAfterSend, Duration sesDownEvery, Duration sesDownFor,
        long seed) {

    private static final ThreadLocal<SplittableRandom> RANDOM = new ThreadLocal<>();

    /**
     * 2% of DynamoDB calls throttled and 1% failing, 3% of SQS sends failing, SES down 2 s in every 20 s, 0.3% of
     * emails slower (6 s) than the confirmation queue's visibility in the run (5 s), so that the message is delivered
     * again while it is handled, 0.2% taken by SES without an answer, and 1% of queue sends followed by a crash.
     */
    public static FaultPlan standard(long seed) {
        return new FaultPlan(0.02, 0.01, 0.03, 0.003, Duration.ofSeconds(6), 0.002, 0.01,
                Duration.ofSeconds(20), Duration.ofSeconds(2), seed);
    }

    boolean roll(double share) {
        SplittableRandom random = RANDOM.get();
        if (random == null) {
            random = new SplittableRandom(seed ^ Thread.currentThread().getId());
            RANDOM.set(random);
        }
        return random.nextDouble() < share;
    }

    boolean sesDownNow() {
        return System.currentTimeMillis() % sesDownEvery.toMillis() < sesDownFor.toMillis();
    }
}
