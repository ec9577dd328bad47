package nl.rmt.intake.localstack.iam;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which function's role the SDK clients built on this thread act with. The local runtime sets it around creating
 * (and invoking) a function's handler; {@link PolicyInterceptor} reads it when a client is built. Clients built
 * outside any function, such as the stack's own and a test's set-up clients, are unrestricted.
 */
public final class ActingFunction {

    private static final ThreadLocal<FunctionRole> CURRENT = new ThreadLocal<>();

    private ActingFunction() {
    }

    /** Runs {@code work} (typically a handler's constructor) as the function whose role is {@code role}. */
    public static <T> T as(FunctionRole role, Supplier<T> work) {
        FunctionRole previous = CURRENT.get();
        CURRENT.set(role);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The logical id of the function this thread acts as, so that code watching SDK calls can tell its calls apart. */
    public static Optional<String> logicalId() {
        return current().map(FunctionRole::function);
    }

    static Optional<FunctionRole> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
