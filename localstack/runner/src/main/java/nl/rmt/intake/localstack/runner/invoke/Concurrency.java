package nl.rmt.intake.localstack.runner.invoke;

import java.util.Optional;
import nl.rmt.intake.localstack.function.FunctionDefinition;

/**
 * How many instances of a function the local runtime may run at once: the setting ({@value #PROPERTY}, or
 * {@code RMT_LAMBDA_CONCURRENCY}, default {@value #DEFAULT}), never more than the function's
 * ReservedConcurrentExecutions. On AWS the account's limit (1,000 by default) is shared by all functions; on a
 * laptop a few instances per function are what the cores can use.
 */
public final class Concurrency {

    public static final String PROPERTY = "rmt.lambda.concurrency";
    static final int DEFAULT = 8;

    private Concurrency() {
    }

    /** The setting, for functions without reserved concurrency. */
    public static int setting() {
        String value = Optional.ofNullable(System.getProperty(PROPERTY)).orElse(System.getenv("RMT_LAMBDA_CONCURRENCY"));
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        int parsed = Integer.parseInt(value.trim());
        if (parsed < 1) {
            throw new IllegalArgumentException(PROPERTY + " must be at least 1, got " + parsed);
        }
        return parsed;
    }

    /** The most instances {@code function} may have at once: 0 when its reserved concurrency is 0 (always throttled). */
    public static int of(FunctionDefinition function, int setting) {
        return function.reservedConcurrency().map(reserved -> Math.min(reserved, setting)).orElse(setting);
    }
}
