package nl.rmt.intake.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.rmt.intake.application.CountCases;
import nl.rmt.intake.application.IntakeRequest;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.application.SubmitOutcome;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.monitoring.ReportingPeriod;
import nl.rmt.intake.domain.region.LabourMarketRegion;
import nl.rmt.intake.domain.region.Municipalities;
import nl.rmt.intake.handlers.monitoring.MonitoringHandler;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.load.SyntheticIntakes;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.store.DynamoDbMonitoringQueries;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Fills DynamoDB Local (the embedded stack, provisioned from template.yaml) with a year of cases across all regions,
 * stored by the intake service and moved on through their lifecycle, then times the monitoring report of that year
 * for all regions: the counting alone (index queries and tallies) and the whole handler, as JSON and as CSV.
 *
 * <p>Usage: {@code MonitoringLoadRun [cases] [runs]}, defaults 20000 and 7. DynamoDB Local is one process on this
 * machine; the figures say how the code scales with cases, not what DynamoDB itself would take.
 */
public final class MonitoringLoadRun {

    private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
    static final ReportingPeriod YEAR = new ReportingPeriod(YEAR_START, YEAR_START.plusYears(1).minusDays(1));
    private static final int WRITERS = 8;
    /** Runs before the timed ones, so that the timings are of compiled code and open connections. */
    private static final int WARM_UPS = 3;

    private MonitoringLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        try (EmbeddedStack stack = EmbeddedStack.builder().start()) {
            // One log line per report would bury the figures.
            Configurator.setLevel("nl.rmt.intake", Level.WARN);
            String table = stack.resources().tableName("CasesTable");
            Municipalities municipalities = Municipalities.loadDefault();
            fill(stack, table, municipalities, cases);

            List<LabourMarketRegion> regions = municipalities.regions();
            CountCases countCases = new CountCases(new DynamoDbMonitoringQueries(stack.dynamoDb(), table),
                    Clock.systemUTC());
            MonitoringHandler handler = stack.asFunction("MonitoringFunction", MonitoringHandler::new);
            long counted = countCases.count(YEAR, regions).total().intakes();
            System.out.printf("%nReport %s to %s, %d regions, %d cases counted (%d runs after %d warm-ups each)%n",
                    YEAR.from(), YEAR.to(), regions.size(), counted, runs, WARM_UPS);
            report("counting (index queries + tallies)", counted, runs, () -> countCases.count(YEAR, regions));
            report("handler, JSON", counted, runs, () -> answer(handler, "json"));
            report("handler, CSV", counted, runs, () -> answer(handler, "csv"));
        }
        // An emulator leaves a non-daemon thread behind after closing.
        System.exit(0);
    }

    /** Stores the cases at random instants of {@link #YEAR} and moves each on through {@link LaterLifecycle}. */
    static void fill(EmbeddedStack stack, String table, Municipalities municipalities, int cases)
            throws Exception {
        IntakeTriage triage = IntakeTriage.loadDefault();
        DynamoDbCaseStore store = new DynamoDbCaseStore(stack.dynamoDb(), table,
                new QueueNames(stack.settings().stackName() + "-"));
        long yearMillis = Duration.between(YEAR.start(), YEAR.end()).toMillis();
        AtomicLong stored = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> work = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int first = writer;
            work.add(writers.submit(() -> {
                SplittableRandom random = new SplittableRandom(42 + first);
                SyntheticIntakes intakes = new SyntheticIntakes(municipalities, random);
                LaterLifecycle lifecycle = new LaterLifecycle(stack.dynamoDb(), table, random);
                SecureRandom references = new SecureRandom();
                for (int number = first; number < cases; number += WRITERS) {
                    Instant at = YEAR.start().plusMillis(random.nextLong(yearMillis));
                    SyntheticIntakes.Intake intake = intakes.next(number);
                    SubmitOutcome outcome = new SubmitIntake(triage, store, Clock.fixed(at, ZoneOffset.UTC),
                            references).submit(new IntakeRequest(intake.deskRegion(), intake.submission(),
                            Language.NL, null, "load-" + number));
                    if (!(outcome instanceof SubmitOutcome.Accepted accepted)) {
                        throw new IllegalStateException("A synthetic intake was refused: " + outcome);
                    }
                    lifecycle.moveOn(accepted.receipt().caseId(), accepted.receipt().leadPartnerId(),
                            at.plus(Duration.ofDays(random.nextInt(1, 60))));
                    long done = stored.incrementAndGet();
                    if (done % 5_000 == 0) {
                        System.out.printf("  %,d cases stored%n", done);
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : work) {
            writer.get();
        }
        writers.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Stored %,d cases in %.1f s (%.0f cases/s, %d writers)%n", cases, seconds, cases / seconds,
                WRITERS);
    }

    private static APIGatewayV2HTTPResponse answer(MonitoringHandler handler, String format) {
        APIGatewayV2HTTPEvent event = Fixtures.monitoringCounts();
        event.setQueryStringParameters(Map.of("from", YEAR.from().toString(), "to", YEAR.to().toString(),
                "format", format));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException("The handler answered " + response.getStatusCode());
        }
        return response;
    }

    private static void report(String label, long items, int runs, Supplier<?> work) {
        for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            work.get();
            millis[run] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[runs / 2];
        System.out.printf("  %-36s median %7.1f ms  (min %7.1f, max %7.1f)  %,9.0f items/s%n", label, median,
                millis[0], millis[runs - 1], items / (median / 1000));
    }
}
