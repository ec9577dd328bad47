package nl.rmt.intake.localstack.runner.invoke;

import java.util.Optional;

/**
 * The function whose invocation the current thread is running, so that code watching SDK calls (fault injection)
 * can tell a function's calls from the emulator's own polling.
 */
public final class CurrentFunction {

    private static final ThreadLocal<String> LOGICAL_ID = new ThreadLocal<>();

    private CurrentFunction() {
    }

    public static Optional<String> logicalId() {
        return Optional.ofNullable(LOGICAL_ID.get());
    }

    static void enter(String logicalId) {
        LOGICAL_ID.set(logicalId);
    }

    static void leave() {
        LOGICAL_ID.remove();
    }
}
