package nl.rmt.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.random.RandomGenerator;
import nl.rmt.intake.application.IntakeRequest;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.application.SubmitOutcome;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.handlers.intake.IntakeBodyParser;
import nl.rmt.intake.handlers.intake.ParsedBody;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DynamoDbCaseStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static DynamoDbCaseStore store;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        store = new DynamoDbCaseStore(LocalStack.stack().dynamoDb(), LocalStack.table(),
                new QueueNames(System.getProperty("QUEUE_NAME_PREFIX")));
    }

    @Test
    void drawsANewReferenceWhenTheFirstIsTakenByAnotherCase() {
        long seed = System.nanoTime();
        String first = accepted(submitWith(new java.util.SplittableRandom(seed), seed)).receipt().reference();

        String second = accepted(submitWith(collidingOnce(seed), seed)).receipt().reference();

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void givesUpLoudlyWhenEveryReferenceDrawnIsTaken() {
        long seed = System.nanoTime();
        submitWith(alwaysTheSame(seed), seed);

        assertThatThrownBy(() -> submitWith(alwaysTheSame(seed), seed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reference");
    }

    @Test
    void grantsTheConfirmationClaimToOneAttemptAtATime() {
        String caseId = Cases.submitted("newcomer-amsterdam");

        boolean first = store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));
        boolean concurrent = store.claimConfirmation(caseId, NOW.plusSeconds(1), NOW.minusSeconds(119), "b".repeat(64));

        assertThat(first).isTrue();
        assertThat(concurrent).isFalse();
    }

    @Test
    void letsALaterAttemptTakeOverAClaimLeftByACrashedOne() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));

        Instant afterLease = NOW.plus(Duration.ofMinutes(3));
        boolean takeover = store.claimConfirmation(caseId, afterLease, afterLease.minus(Duration.ofMinutes(2)),
                "b".repeat(64));

        assertThat(takeover).isTrue();
        assertThat(LocalStack.caseItem(caseId).get("withdrawalCodeHash").s()).isEqualTo("b".repeat(64));
    }

    @Test
    void neverGrantsAClaimOnceTheConfirmationWasSent() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));
        store.markConfirmationSent(caseId, "ses-message-1", NOW.plusSeconds(1));

        Instant muchLater = NOW.plus(Duration.ofDays(1));
        assertThat(store.claimConfirmation(caseId, muchLater, muchLater, "b".repeat(64))).isFalse();
        assertThat(store.load(caseId)).hasValueSatisfying(
                record -> assertThat(record.confirmationSent()).isTrue());
    }

    @Test
    void refusesToClaimForACaseThatDoesNotExist() {
        assertThat(store.claimConfirmation(UUID.randomUUID().toString(), NOW, NOW, "a".repeat(64))).isFalse();
    }

    @Test
    void routesACaseOnlyOnce() {
        String caseId = Cases.submitted("zzp-noordoost-brabant");
        var confirmation = new nl.rmt.intake.application.OutboxMessage("CONFIRMATION",
                nl.rmt.intake.application.OutboxMessage.Kind.CONFIRMATION, "confirmation", caseId,
                caseId + ":confirmation", "{}");

        assertThat(store.markRouted(caseId, NOW, confirmation)).isTrue();
        assertThat(store.markRouted(caseId, NOW.plusSeconds(5), confirmation)).isFalse();
        assertThat(LocalStack.caseItem(caseId).get("status").s()).isEqualTo("ROUTED");
    }

    private static SubmitOutcome submitWith(RandomGenerator random, long seed) {
        SubmitIntake submit = new SubmitIntake(IntakeTriage.loadDefault(), store,
                Clock.fixed(NOW, ZoneOffset.UTC), random);
        ParsedBody.Parsed body = (ParsedBody.Parsed) new IntakeBodyParser().parse(
                Events.intake("zzp-noordoost-brabant").getBody(), Language.NL);
        return submit.submit(new IntakeRequest("AM27", body.submission(), Language.NL, null, "fingerprint-" + seed));
    }

    private static SubmitOutcome.Accepted accepted(SubmitOutcome outcome) {
        assertThat(outcome).isInstanceOf(SubmitOutcome.Accepted.class);
        return (SubmitOutcome.Accepted) outcome;
    }

    /** Draws the same reference as a fresh generator with this seed, then different ones. */
    private static RandomGenerator collidingOnce(long seed) {
        RandomGenerator repeat = new java.util.SplittableRandom(seed);
        RandomGenerator other = new java.util.SplittableRandom(seed + 1);
        int[] drawn = {0};
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return drawn[0]++ < 8 ? repeat.nextLong() : other.nextLong();
            }

            @Override
            public int nextInt(int bound) {
                return drawn[0]++ < 8 ? repeat.nextInt(bound) : other.nextInt(bound);
            }
        };
    }

    private static RandomGenerator alwaysTheSame(long seed) {
        return new RandomGenerator() {
            private RandomGenerator current = new java.util.SplittableRandom(seed);
            private int drawn;

            @Override
            public long nextLong() {
                return next().nextLong();
            }

            @Override
            public int nextInt(int bound) {
                return next().nextInt(bound);
            }

            private RandomGenerator next() {
                if (drawn++ % 8 == 0) {
                    current = new java.util.SplittableRandom(seed);
                }
                return current;
            }
        };
    }
}
