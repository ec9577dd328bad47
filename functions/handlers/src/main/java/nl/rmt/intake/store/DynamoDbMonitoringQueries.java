package nl.rmt.intake.store;

import java.time.Instant;
import java.util.ArrayList;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rmt.intake.application.MonitoringQueries;
import nl.rmt.intake.domain.monitoring.CaseTally;
import nl.rmt.intake.domain.monitoring.MonitoredReorganisation;
import nl.rmt.intake.domain.monitoring.ReorganisationTally;
import nl.rmt.intake.domain.monitoring.ReportingPeriod;
import nl.rmt.intake.domain.reorganisation.FunnelCase;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Counts from the region index (gsi1: {@code REGION#<code>}, {@code <submittedAt>#<caseId>}), which projects all a
 * count needs, so no case item is read; the preventive route from the reorganisation index (gsi5), which lists a
 * region's reorganisations and each one's cases with their status and outcome. Regions are read in parallel, each into its own tally; a report on all 35
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
        return perRegion(regionCodes, region -> tally(region, start, end));
    }

    @Override
    public Map<String, ReorganisationTally> reorganisationsByRegion(List<String> regionCodes, ReportingPeriod period) {
        return perRegion(regionCodes, region -> reorganisations(region, period));
    }

    /** Reads every region on the pool; the first failure cancels the rest and is thrown. */
    private <T> Map<String, T> perRegion(List<String> regionCodes, Function<String, T> read) {
        Map<String, Future<T>> reading = new LinkedHashMap<>();
        for (String region : regionCodes) {
            reading.put(region, regionReaders.submit(() -> read.apply(region)));
        }
        Map<String, T> results = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Future<T>> region : reading.entrySet()) {
                results.put(region.getKey(), region.getValue().get());
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
        return results;
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

    /**
     * The region's reorganisations registered before the period's end (gsi5, {@code REORGANISATIONS#<region>}, sorted
     * by registration), and of each that may have some, its cases submitted in the period (gsi5,
     * {@code REORGANISATION#<id>}, sorted by submission): one small query per reorganisation, no case item read.
     */
    private ReorganisationTally reorganisations(String region, ReportingPeriod period) {
        ReorganisationTally tally = new ReorganisationTally();
        dynamoDb.queryPaginator(request -> request.tableName(table)
                        .indexName(ReorganisationItems.INDEX)
                        .keyConditionExpression("#pk = :region AND #sk < :end")
                        .projectionExpression("reorganisationId, employerName, sector, jobsAffected, registeredAt, "
                                + "closedAt, invitationValidUntil")
                        .expressionAttributeNames(Map.of("#pk", ReorganisationItems.INDEX_PK,
                                "#sk", ReorganisationItems.INDEX_SK))
                        .expressionAttributeValues(Map.of(
                                ":region", AttributeValue.fromS(ReorganisationItems.regionPartition(region)),
                                ":end", AttributeValue.fromS(SortableInstant.of(period.end()))))
                        .limit(pageSize))
                .items()
                .forEach(item -> {
                    MonitoredReorganisation reorganisation = ReorganisationItems.monitored(item);
                    tally.add(reorganisation, period, reorganisation.mayHaveCasesIn(period)
                            ? cases(reorganisation.reorganisationId(), period) : List.of());
                });
        return tally;
    }

    private List<FunnelCase> cases(String reorganisationId, ReportingPeriod period) {
        List<FunnelCase> cases = new ArrayList<>();
        dynamoDb.queryPaginator(request -> request.tableName(table)
                        .indexName(ReorganisationItems.INDEX)
                        .keyConditionExpression("#pk = :reorganisation AND #sk BETWEEN :start AND :end")
                        .projectionExpression("#status, outcome")
                        .expressionAttributeNames(Map.of("#pk", ReorganisationItems.INDEX_PK,
                                "#sk", ReorganisationItems.INDEX_SK, "#status", CaseItems.STATUS))
                        .expressionAttributeValues(Map.of(
                                ":reorganisation", AttributeValue.fromS(ReorganisationItems.PK_PREFIX + reorganisationId),
                                ":start", AttributeValue.fromS(SortableInstant.of(period.start())),
                                ":end", AttributeValue.fromS(SortableInstant.of(period.end()))))
                        .limit(pageSize))
                .items()
                .forEach(item -> cases.add(ReorganisationItems.funnelCase(item)));
        return cases;
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
