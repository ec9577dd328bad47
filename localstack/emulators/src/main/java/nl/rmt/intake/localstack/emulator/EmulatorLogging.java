package nl.rmt.intake.localstack.emulator;

import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Keeps the emulators' own chatter out of the host's log: a test or runner configured for INFO would
 * otherwise get Pekko, Jetty and DynamoDB Local start-up lines (and their expected-error stack traces).
 */
public final class EmulatorLogging {

    private static final Map<String, Level> LEVELS = Map.of(
            "com.amazonaws.services.dynamodbv2.local", Level.ERROR,
            "org.elasticmq", Level.WARN,
            "org.apache.pekko", Level.WARN,
            "org.eclipse.jetty", Level.WARN);
    /** JUL forgets levels of loggers nobody holds on to. */
    private static final java.util.logging.Logger SDK_V1_LOGGER = java.util.logging.Logger.getLogger("com.amazonaws");

    private EmulatorLogging() {
    }

    public static void quiet() {
        Configurator.setLevel(LEVELS);
        // DynamoDB Local's bundled SDK v1 warns through java.util.logging that JAXB is missing; it does not need it.
        SDK_V1_LOGGER.setLevel(java.util.logging.Level.SEVERE);
    }
}
