package nl.rmt.intake.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.rmt.intake.handlers.intake.SubmitIntakeHandler;

/**
 * Runs in a fresh JVM, like a new Lambda container: builds the intake handler, answers one intake (cold) and a
 * second (warm), and prints one line of timings. Configuration arrives as system properties from the harness.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long mainAt = System.nanoTime();
        long jvmStartToMainMs = ManagementFactory.getRuntimeMXBean().getUptime();
        var first = Fixtures.intake(args[0]);
        var second = Fixtures.intake(args[0]);
        first.getHeaders().put("idempotency-key", UUID.randomUUID().toString());
        second.getHeaders().put("idempotency-key", UUID.randomUUID().toString());

        long initStart = System.nanoTime();
        SubmitIntakeHandler handler = new SubmitIntakeHandler();
        long initNs = System.nanoTime() - initStart;

        long firstStart = System.nanoTime();
        int firstStatus = handler.handleRequest(first, null).getStatusCode();
        long firstNs = System.nanoTime() - firstStart;

        long secondStart = System.nanoTime();
        int secondStatus = handler.handleRequest(second, null).getStatusCode();
        long secondNs = System.nanoTime() - secondStart;

        System.out.printf("PROBE jvmToMain=%d init=%.1f first=%.1f second=%.1f total=%.1f rssMb=%d status=%d/%d%n",
                jvmStartToMainMs, initNs / 1e6, firstNs / 1e6, secondNs / 1e6,
                jvmStartToMainMs + (System.nanoTime() - mainAt) / 1e6, rssMb(), firstStatus, secondStatus);
    }

    private static long rssMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (Exception e) {
            return -1;
        }
    }
}
