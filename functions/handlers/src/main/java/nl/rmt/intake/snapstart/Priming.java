package nl.rmt.intake.snapstart;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Work a function does once before SnapStart snapshots it, so that a container restored from the snapshot
 * finds the classes of its first request loaded and their code run (priming). The work is a dry run: an
 * example request down the function's real path, where every AWS call is marshalled and signed but stopped
 * before it leaves the process ({@link #stopBeforeSending()}), so nothing is stored or sent. Outside SnapStart
 * (tests, the local stack) no snapshot is taken and nothing runs.
 */
public final class Priming {

    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
    /** org.crac holds its resources weakly. */
    private static final List<Resource> REGISTERED = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Boolean> DRY_RUN = ThreadLocal.withInitial(() -> false);

    private Priming() {
    }

    /** Runs the dry run before the snapshot is taken. */
    public static void beforeSnapshot(String what, Runnable dryRun) {
        Resource resource = new Resource() {
            @Override
            public void beforeCheckpoint(Context<? extends Resource> context) {
                prime(what, dryRun);
            }

            @Override
            public void afterRestore(Context<? extends Resource> context) {
                // Nothing to renew: the priming opened no connection and holds no state.
            }
        };
        REGISTERED.add(resource);
        Core.getGlobalContext().register(resource);
    }

    /**
     * Runs one dry run with AWS calls stopped before sending. A failure never stops the snapshot: the function
     * only starts less warm. True when the run ended as planned (done, or at its first AWS call).
     */
    public static boolean prime(String what, Runnable dryRun) {
        DRY_RUN.set(true);
        try {
            dryRun.run();
            LOG.info("primed {}", what);
            return true;
        } catch (RuntimeException e) {
            if (stoppedBeforeSending(e)) {
                LOG.info("primed {} up to its first AWS call", what);
                return true;
            }
            // The class name only: a message can quote data.
            LOG.warn("priming {} failed: {}", what, e.getClass().getName());
            return false;
        } finally {
            DRY_RUN.remove();
        }
    }

    /** Every SDK client carries this: during a dry run, a request stops once marshalled and signed. */
    public static ExecutionInterceptor stopBeforeSending() {
        return StopBeforeSending.INSTANCE;
    }

    private static boolean stoppedBeforeSending(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DryRunStop) {
                return true;
            }
        }
        return false;
    }

    private enum StopBeforeSending implements ExecutionInterceptor {
        INSTANCE;

        @Override
        public void beforeTransmission(software.amazon.awssdk.core.interceptor.Context.BeforeTransmission context,
                ExecutionAttributes executionAttributes) {
            if (DRY_RUN.get()) {
                throw new DryRunStop();
            }
        }
    }

    private static final class DryRunStop extends RuntimeException {
        DryRunStop() {
            super("dry run: not sent", null, false, false);
        }
    }
}
