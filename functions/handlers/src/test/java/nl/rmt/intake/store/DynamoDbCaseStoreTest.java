package nl.rmt.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.random.RandomGenerator;
import nl.rmt.intake.application.EmailClaim;
import nl.rmt.intake.application.EmailSlot;
import nl.rmt.intake.application.IntakeRequest;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.application.SubmitOutcome;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.handlers.intake.IntakeBodyParser;
import nl.rmt.intake.handlers.intake.ParsedBody;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.Confirmed;
import nl.rmt.intake.testing.Outbox;
import nl.rmt.intake.testing.Events;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

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

    @ParameterizedTest
    @ValueSource(strings = {"long-remarks-employed-utrecht", "at-risk-employee-drechtsteden", "newcomer-amsterdam"})
    void keepsTheCaseItemEveryChangeRewritesWithinOneKilobyte(String fixture) {
        String caseId = Confirmed.submitted(fixture).caseId();

        // A write is billed by the item's size in 1 KB steps: rewriting it unchanged shows what each change costs.
        var rewrite = LocalStack.stack().dynamoDb().updateItem(request -> request
                .tableName(LocalStack.table())
                .key(Keys.caseKey(caseId))
                .updateExpression("SET updatedAt = updatedAt")
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(rewrite.consumedCapacity().capacityUnits()).isEqualTo(1.0);
        assertThat(LocalStack.caseItem(caseId)).containsKeys("person", "decision", "needs", "status", "confirmation");
    }

    /** Remarks of 2,500 characters are free text; deflated they still take about 1 KB of their own. */
    @ParameterizedTest
    @CsvSource({"at-risk-employee-drechtsteden, 1", "youth-without-basic-qualification-utrecht, 1",
            "newcomer-amsterdam, 1", "long-remarks-employed-utrecht, 2"})
    void keepsTheIntakeItemWrittenWithTheCaseAndAgainAtErasureWithinAKilobyteOrTwoWithLongRemarks(
            String fixture, double kilobytes) {
        String caseId = Cases.submitted(fixture);

        var rewrite = LocalStack.stack().dynamoDb().updateItem(request -> request
                .tableName(LocalStack.table())
                .key(Keys.intakeKey(caseId))
                .updateExpression("SET #type = #type")
                .expressionAttributeNames(java.util.Map.of("#type", "type"))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(rewrite.consumedCapacity().capacityUnits()).isEqualTo(kilobytes);
        assertThat(LocalStack.caseItem(caseId))
                .containsKeys("person", "situation", "needs", "consent", "decision", "deskRegion", "partnerIds");
    }

    @Test
    void readsAnIntakeItemStoredAttributeByAttributeAsBeforeItWasPacked() {
        String caseId = Cases.submitted("long-remarks-employed-utrecht");
        var packed = store.load(caseId).orElseThrow();
        var dynamoDb = LocalStack.stack().dynamoDb();
        var intake = dynamoDb.getItem(request -> request.tableName(LocalStack.table()).key(Keys.intakeKey(caseId))
                .consistentRead(true)).item();

        dynamoDb.putItem(request -> request.tableName(LocalStack.table()).item(IntakePacking.unpacked(intake)));

        assertThat(store.load(caseId)).hasValue(packed);
        assertThat(LocalStack.caseItem(caseId)).doesNotContainKey(IntakePacking.PACKED);
    }

    @Test
    void showsTheIntakesHistoryEntryOnceWhereACaseStoredItAsAnItemAsBeforeTheCaseItemHeldIt() {
        String caseId = Cases.submitted("jobseeker-ww-midden-brabant");
        var derived = LocalStack.historyOf(caseId);
        var caseItem = LocalStack.stateItem(caseId);

        LocalStack.stack().dynamoDb().putItem(request -> request.tableName(LocalStack.table())
                .item(CaseItems.intakeHistoryEntry(caseItem)));

        assertThat(LocalStack.itemsOfCase(caseId)).filteredOn(item -> item.get("sk").s().startsWith("HISTORY#"))
                .hasSize(1);
        assertThat(LocalStack.historyOf(caseId)).isEqualTo(derived).singleElement()
                .satisfies(entry -> assertThat(entry.get("to").asText()).isEqualTo("SUBMITTED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jobseeker-ww-midden-brabant", "newcomer-amsterdam", "zzp-noordoost-brabant"})
    void keepsAPartnerMessageWaitingToBeSentWithinOneKilobyte(String fixture) {
        String caseId = Cases.submitted(fixture);
        String outboxId = Outbox.waitingOf(caseId, "LEAD");

        var rewrite = LocalStack.stack().dynamoDb().updateItem(request -> request
                .tableName(LocalStack.table())
                .key(Keys.outboxKey(caseId, outboxId))
                .updateExpression("SET createdAt = createdAt")
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

        assertThat(rewrite.consumedCapacity().capacityUnits()).isEqualTo(1.0);
        assertThat(Outbox.body(Outbox.item(caseId, outboxId))).contains("\"messageType\":\"CASE_ASSIGNED\"");
    }

    @Test
    void grantsTheConfirmationClaimToOneAttemptAtATime() {
        String caseId = Cases.submitted("newcomer-amsterdam");

        EmailClaim first = store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));
        EmailClaim concurrent =
                store.claimConfirmation(caseId, NOW.plusSeconds(1), NOW.minusSeconds(119), "b".repeat(64));

        assertThat(first).isEqualTo(EmailClaim.TAKEN);
        assertThat(concurrent).isEqualTo(EmailClaim.HELD_ELSEWHERE);
    }

    @Test
    void settlesAClaimLeftByAStoppedAttemptAsUncertainAndFlagsTheCaseInsteadOfSendingAgain() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));

        Instant afterLease = NOW.plus(Duration.ofMinutes(3));
        EmailClaim later = store.claimConfirmation(caseId, afterLease, afterLease.minus(Duration.ofMinutes(2)),
                "b".repeat(64));

        assertThat(later).isEqualTo(EmailClaim.ABANDONED);
        var item = LocalStack.caseItem(caseId);
        assertThat(item.get("withdrawalCodeHash").s()).isEqualTo("a".repeat(64));
        assertThat(item.get("confirmation").m().get("status").s()).isEqualTo("UNCERTAIN");
        assertThat(item.get("attention").m().get("reason").s()).isEqualTo("CLAIM_ABANDONED");
        assertThat(item.get("attention").m().get("subject").s()).isEqualTo("EMAIL#CONFIRMATION");
        assertThat(item.get("gsi4pk").s()).isEqualTo("ATTENTION#" + item.get("region").s());
        assertThat(store.claimConfirmation(caseId, afterLease.plusSeconds(1), afterLease, "c".repeat(64)))
                .isEqualTo(EmailClaim.PARKED);
    }

    @Test
    void givesAClaimBackSoThatTheNextAttemptMaySend() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));

        store.releaseEmailClaim(caseId, EmailSlot.confirmation(), NOW);

        assertThat(store.claimConfirmation(caseId, NOW.plusSeconds(1), NOW.minusSeconds(119), "b".repeat(64)))
                .isEqualTo(EmailClaim.TAKEN);
    }

    @Test
    void keepsAClaimThatAnotherAttemptTookAfterItWasGivenBack() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));
        store.releaseEmailClaim(caseId, EmailSlot.confirmation(), NOW);
        store.claimConfirmation(caseId, NOW.plusSeconds(1), NOW.minusSeconds(119), "b".repeat(64));

        store.releaseEmailClaim(caseId, EmailSlot.confirmation(), NOW);

        assertThat(store.claimConfirmation(caseId, NOW.plusSeconds(2), NOW.minusSeconds(118), "c".repeat(64)))
                .isEqualTo(EmailClaim.HELD_ELSEWHERE);
    }

    @Test
    void neverGrantsAClaimOnceTheConfirmationWasSent() {
        String caseId = Cases.submitted("newcomer-amsterdam");
        store.claimConfirmation(caseId, NOW, NOW.minus(Duration.ofMinutes(2)), "a".repeat(64));
        store.markConfirmationSent(caseId, "ses-message-1", NOW.plusSeconds(1));

        Instant muchLater = NOW.plus(Duration.ofDays(1));
        assertThat(store.claimConfirmation(caseId, muchLater, muchLater, "b".repeat(64))).isEqualTo(EmailClaim.SENT);
        assertThat(store.load(caseId)).hasValueSatisfying(
                record -> assertThat(record.confirmationSent()).isTrue());
    }

    @Test
    void refusesToClaimForACaseThatDoesNotExist() {
        assertThat(store.claimConfirmation(UUID.randomUUID().toString(), NOW, NOW, "a".repeat(64)))
                .isNotEqualTo(EmailClaim.TAKEN);
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
                Events.intake("zzp-noordoost-brabant").getBody(), "AM27", Language.NL);
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
