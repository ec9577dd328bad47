package nl.rmt.intake.localstack.runner.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The machine's one-minute load average ({@code /proc/loadavg}) sampled every few seconds while a phase runs: how
 * busy the shared cores were, which decides how far a function's measured duration is inflated by waiting for one.
 */
final class LoadAverage implements AutoCloseable {

    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final long EVERY_SECONDS = 2;

    /** The samples' first, lowest, median and highest; all NaN where the machine does not tell. */
    record Range(double first, double min, double median, double max) {

        String text() {
            return Double.isNaN(first) ? "load average unknown"
                    : String.format("load average %.1f at the start, %.1f to %.1f (median %.1f)", first, min, max,
                    median);
        }
    }

    private final List<Double> samples = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "load-average");
        thread.setDaemon(true);
        return thread;
    });

    private LoadAverage() {
    }

    static LoadAverage sample() {
        LoadAverage load = new LoadAverage();
        load.sampler.scheduleAtFixedRate(load::read, 0, EVERY_SECONDS, TimeUnit.SECONDS);
        return load;
    }

    private void read() {
        try {
            samples.add(Double.parseDouble(Files.readString(LOADAVG).split(" ")[0]));
        } catch (IOException | RuntimeException e) {
            // Not Linux: the run's figures stand without it.
        }
    }

    Range range() {
        List<Double> sorted;
        double first;
        synchronized (samples) {
            if (samples.isEmpty()) {
                return new Range(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            first = samples.get(0);
            sorted = samples.stream().sorted().toList();
        }
        return new Range(first, sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
