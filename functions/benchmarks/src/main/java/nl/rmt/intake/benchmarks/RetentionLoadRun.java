package nl.rmt.intake.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.rmt.intake.application.EraseExpiredPersonalData;
import nl.rmt.intake.domain.casefile.RetentionPolicy;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.store.IntakePacking;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Times the daily retention run when a backlog is due: the cases of a year (as {@link MonitoringLoadRun} stores them)
 * are erased by one run at the end of the following year, with the template's default days. A second run over the
 * same table shows what a day with nothing due costs.
 *
 * <p>Usage: {@code RetentionLoadRun [cases]}, default 5000. DynamoDB Local runs on this machine, so the figures say
 * how the run scales with cases, not what DynamoDB itself would take.
 */
public final class RetentionLoadRun {

    private static final Instant RUN_AT = Instant.parse("2026-12-31T02:00:00Z");

    private RetentionLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        try (EmbeddedStack stack = EmbeddedStack.builder().start()) {
            Configurator.setLevel("nl.rmt.intake", Level.WARN);
            String table = stack.resources().tableName("CasesTable");
            MonitoringLoadRun.fill(stack, table, Municipalities.loadDefault(), cases);
            int holdingPersonalData = withPersonalData(stack, table);
            EraseExpiredPersonalData retention = new EraseExpiredPersonalData(
                    new DynamoDbCaseStore(stack.dynamoDb(), table, new QueueNames(stack.settings().stackName() + "-")),
                    new RetentionPolicy(90, 365), Clock.fixed(RUN_AT, ZoneOffset.UTC));

            long started = System.nanoTime();
            List<EraseExpiredPersonalData.Erased> erased = retention.run(() -> true);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%nRetention run at %s over %,d cases holding personal data:%n", RUN_AT, holdingPersonalData);
            System.out.printf("  erased %,d (after closing %,d, maximum age %,d) in %.1f s: %.0f cases/s, %.1f ms each%n",
                    erased.size(),
                    erased.stream().filter(e -> e.why() == EraseExpiredPersonalData.Why.AFTER_CLOSING).count(),
                    erased.stream().filter(e -> e.why() == EraseExpiredPersonalData.Why.MAXIMUM_AGE).count(),
                    seconds, erased.size() / seconds, seconds * 1000 / Math.max(1, erased.size()));
            System.out.printf("  left holding personal data: %,d%n", withPersonalData(stack, table));

            started = System.nanoTime();
            int again = retention.run(() -> true).size();
            System.out.printf("  a second run erased %d in %.0f ms%n", again, (System.nanoTime() - started) / 1e6);
        }
        // An emulator leaves a non-daemon thread behind after closing.
        System.exit(0);
    }

    /** The intake items whose form still holds the person (packed, so the store's reading is needed). */
    private static int withPersonalData(EmbeddedStack stack, String table) {
        return (int) stack.dynamoDb().scanPaginator(request -> request.tableName(table)
                        .filterExpression("sk = :intake")
                        .expressionAttributeValues(Map.of(":intake", AttributeValue.fromS("CASE#INTAKE"))))
                .items().stream().filter(item -> IntakePacking.unpacked(item).containsKey("person")).count();
    }
}
