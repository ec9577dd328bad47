package nl.rmt.intake.localstack.runner.load;

import java.util.Arrays;

/** Nearest-rank percentiles of durations in milliseconds. */
record Percentiles(long[] sortedMillis) {

    static Percentiles of(long[] millis) {
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    long at(double percent) {
        if (sortedMillis.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedMillis.length);
        return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
    }

    long max() {
        return sortedMillis.length == 0 ? -1 : sortedMillis[sortedMillis.length - 1];
    }

    int count() {
        return sortedMillis.length;
    }
}
