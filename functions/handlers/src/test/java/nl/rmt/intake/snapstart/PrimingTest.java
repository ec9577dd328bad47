package nl.rmt.intake.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PrimingTest {

    private static final Map<String, AttributeValue> KEY =
            Map.of("pk", AttributeValue.fromS("PRIMING#test"), "sk", AttributeValue.fromS("PRIMING"));

    @Test
    void anAwsCallDuringADryRunIsNotSent() {
        LocalStack.stack();
        DynamoDbClient dynamoDb = AwsClients.dynamoDb();
        int itemsBefore = LocalStack.itemCount();

        boolean primed = Priming.prime("a write", () -> dynamoDb.putItem(put -> put.tableName(LocalStack.table()).item(KEY)));

        assertThat(primed).isTrue();
        assertThat(LocalStack.itemCount()).isEqualTo(itemsBefore);
    }

    @Test
    void theSameCallOutsideADryRunIsSent() {
        LocalStack.stack();
        DynamoDbClient dynamoDb = AwsClients.dynamoDb();

        dynamoDb.putItem(put -> put.tableName(LocalStack.table()).item(KEY));

        assertThat(dynamoDb.getItem(get -> get.tableName(LocalStack.table()).key(KEY)).hasItem()).isTrue();
        dynamoDb.deleteItem(delete -> delete.tableName(LocalStack.table()).key(KEY));
    }

    @Test
    void aDryRunThatFailsOtherwiseIsReportedAndDoesNotThrow() {
        boolean primed = Priming.prime("a broken example", () -> {
            throw new IllegalStateException("example");
        });

        assertThat(primed).isFalse();
    }

    @Test
    void aDryRunWithoutAwsCallsCompletes() {
        StringBuilder ran = new StringBuilder();

        boolean primed = Priming.prime("local work", () -> ran.append("done"));

        assertThat(primed).isTrue();
        assertThat(ran).hasToString("done");
    }
}
