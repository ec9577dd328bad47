package nl.rmt.intake.localstack.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses ports for emulators that must be told their port before they bind. A free port can be taken
 * by another process between the choice and the bind, so a start on a chosen port is tried again on
 * another one.
 */
public final class FreePort {

    private static final Logger LOG = LoggerFactory.getLogger(FreePort.class);
    private static final int ATTEMPTS = 3;
    /** The kernel may offer a just-closed port again; emulators starting in parallel must not share one. */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePort() {
    }

    /**
     * Starts {@code starter} on {@code requestedPort}; when that is 0, on a free port, trying another
     * free port if the start fails.
     */
    public static <T> T start(int requestedPort, String what, IntFunction<T> starter) {
        if (requestedPort != 0) {
            return starter.apply(requestedPort);
        }
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = pick();
            try {
                return starter.apply(port);
            } catch (RuntimeException e) {
                LOG.debug("{} did not start on free port {}; attempt {} of {}", what, port, attempt, ATTEMPTS, e);
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    /** A port nothing listens on now and that this JVM has not handed out before; for a server started later. */
    public static synchronized int pick() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free local port", e);
            }
        }
    }
}
