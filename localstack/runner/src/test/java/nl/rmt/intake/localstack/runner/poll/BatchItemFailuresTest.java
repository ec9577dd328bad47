package nl.rmt.intake.localstack.runner.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchItemFailuresTest {

    private static final Set<String> BATCH = Set.of("m1", "m2");

    @Test
    void noResponseOrAnEmptyListMeansEverythingSucceeded() {
        assertThat(BatchItemFailures.read(null, BATCH).none()).isTrue();
        assertThat(BatchItemFailures.read("{\"batchItemFailures\": []}", BATCH).none()).isTrue();
        assertThat(BatchItemFailures.read("{}", BATCH).none()).isTrue();
    }

    @Test
    void listedIdentifiersFailAndTheOthersSucceed() {
        BatchItemFailures failures = BatchItemFailures.read("{\"batchItemFailures\": [{\"itemIdentifier\": \"m2\"}]}", BATCH);

        assertThat(failures.wholeBatch()).isFalse();
        assertThat(failures.failed("m2")).isTrue();
        assertThat(failures.failed("m1")).isFalse();
    }

    @Test
    void anEmptyOrUnknownIdentifierFailsTheWholeBatch() {
        assertThat(BatchItemFailures.read("{\"batchItemFailures\": [{\"itemIdentifier\": \"\"}]}", BATCH).wholeBatch()).isTrue();
        assertThat(BatchItemFailures.read("{\"batchItemFailures\": [{\"itemIdentifier\": \"m9\"}]}", BATCH).wholeBatch()).isTrue();
        assertThat(BatchItemFailures.read("{\"batchItemFailures\": [{}]}", BATCH).wholeBatch()).isTrue();
    }
}
