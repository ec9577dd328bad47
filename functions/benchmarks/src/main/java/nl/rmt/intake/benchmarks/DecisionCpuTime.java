package nl.rmt.intake.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.handlers.intake.IntakeBodyParser;
import nl.rmt.intake.handlers.intake.ParsedBody;

/**
 * The whole decision of {@link TriageBenchmark#wholeTriage} timed in this thread's CPU time rather than wall time, so
 * that other work on a shared machine (which stretches JMH's wall-clock figures) counts far less. Per fixture in
 * events/intakes: the median and range of several rounds, in CPU µs and allocated bytes per decision.
 */
public final class DecisionCpuTime {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int ROUNDS = 7;

    private DecisionCpuTime() {
    }

    private record Fixture(String name, String body, String region) {
    }

    public static void main(String[] args) {
        int decisions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        IntakeTriage triage = IntakeTriage.loadDefault();
        IntakeBodyParser parser = new IntakeBodyParser();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<Fixture> fixtures = fixtures();
        long sink = 0;
        for (Fixture fixture : fixtures) {
            for (int i = 0; i < 5 * decisions; i++) {
                sink += decide(triage, parser, fixture);
            }
        }
        System.out.printf("%-42s %22s %22s%n", "fixture", "CPU µs/decision", "B/decision");
        for (Fixture fixture : fixtures) {
            double[] micros = new double[ROUNDS];
            double[] bytes = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long bytesBefore = threads.getThreadAllocatedBytes(thread);
                for (int i = 0; i < decisions; i++) {
                    sink += decide(triage, parser, fixture);
                }
                micros[round] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000.0 / decisions;
                bytes[round] = (double) (threads.getThreadAllocatedBytes(thread) - bytesBefore) / decisions;
            }
            Arrays.sort(micros);
            Arrays.sort(bytes);
            System.out.printf("%-42s %6.2f (%5.2f-%5.2f) %8.0f (%5.0f-%5.0f)%n", fixture.name(), micros[ROUNDS / 2],
                    micros[0], micros[ROUNDS - 1], bytes[ROUNDS / 2], bytes[0], bytes[ROUNDS - 1]);
        }
        System.out.println("decisions timed: " + (long) fixtures.size() * decisions * ROUNDS + " (" + sink % 10 + ")");
    }

    private static int decide(IntakeTriage triage, IntakeBodyParser parser, Fixture fixture) {
        ParsedBody.Parsed parsed = (ParsedBody.Parsed) parser.parse(fixture.body(), fixture.region(), Language.NL);
        IntakeForm form = ((ValidationResult.Valid) triage.validate(parsed.submission(), fixture.region(), Language.NL,
                TODAY)).form();
        return parsed.fingerprint().length() + triage.decide(form, fixture.region(), TODAY).referrals().size();
    }

    private static List<Fixture> fixtures() {
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("events/intakes"))) {
            return files.sorted().map(file -> file.getFileName().toString().replace(".json", ""))
                    .map(name -> {
                        var event = Fixtures.intake(name);
                        return new Fixture(name, event.getBody(), event.getPathParameters().get("region"));
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
