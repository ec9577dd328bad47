package nl.rmt.intake.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.rmt.intake.application.MonitoringQueries;
import nl.rmt.intake.domain.monitoring.CaseTally;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Counts from the region index (gsi1: {@code REGION#<code>}, {@code <submittedAt>#<caseId>}), which projects all a
 * count needs, so no case item is read. Regions are read in parallel, each into its own tally; a report on all 35
 * regions waits for the slowest region rather than for their sum.
 */
public final class DynamoDbMonitoringQueries implements MonitoringQueries {

    /** Enough to overlap the requests' waiting; the reading itself is light. */
    static final int PARALLEL_REGIONS = 8;

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Integer pageSize;
    private final ExecutorService regionReaders;

    /** Builds its thread pool: build one per container, as the handler does. */
    public DynamoDbMonitoringQueries(DynamoDbClient dynamoDb, String table) {
        this(dynamoDb, table, null);
    }

    /** @param pageSize items per query page; null for DynamoDB's own pages of up to 1 MB */
    DynamoDbMonitoringQueries(DynamoDbClient dynamoDb, String table, Integer pageSize) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.pageSize = pageSize;
        this.regionReaders = Executors.newFixedThreadPool(PARALLEL_REGIONS, daemonThreads());
    }

    @Override
    public Map<String, CaseTally> tallyByRegion(List<String> regionCodes, Instant start, Instant end) {
        Map<String, Future<CaseTally>> reading = new LinkedHashMap<>();
        for (String region : regionCodes) {
            reading.put(region, regionReaders.submit(() -> tally(region, start, end)));
        }
        Map<String, CaseTally> tallies = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Future<CaseTally>> region : reading.entrySet()) {
                tallies.put(region.getKey(), region.getValue().get());
            }
        } catch (ExecutionException e) {
            reading.values().forEach(future -> future.cancel(true));
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("Counting a region failed", e.getCause());
        } catch (InterruptedException e) {
            reading.values().forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting", e);
        }
        return tallies;
    }

    private CaseTally tally(String region, Instant start, Instant end) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":region", AttributeValue.fromS("REGION#" + region));
        // Sort keys are "<instant>#<caseId>": "<end>#…" sorts after "<end>", so BETWEEN includes the start and
        // stops just before the end, at the millisecond the keys are written to.
        values.put(":start", AttributeValue.fromS(SortableInstant.of(start)));
        values.put(":end", AttributeValue.fromS(SortableInstant.of(end)));
        Map<String, String> names = new HashMap<>();
        for (String attribute : CaseSnapshots.ATTRIBUTES) {
            names.put("#" + attribute, attribute);
        }
        CaseTally tally = new CaseTally();
        dynamoDb.queryPaginator(request -> request.tableName(table)
                        .indexName("gsi1")
                        .keyConditionExpression("gsi1pk = :region AND gsi1sk BETWEEN :start AND :end")
                        .projectionExpression(names.keySet().stream().sorted().collect(Collectors.joining(", ")))
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(values)
                        .limit(pageSize))
                .items()
                .forEach(item -> tally.add(CaseSnapshots.of(item)));
        return tally;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, "monitoring-region-" + number.incrementAndGet());
            // Idle readers must not keep a JVM alive that is done (tests, the local runner).
            thread.setDaemon(true);
            return thread;
        };
    }
}
