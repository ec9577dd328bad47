package nl.rmt.intake.observability.logging;

import java.util.Locale;
import org.slf4j.event.Level;

/**
 * The level of every logger: {@code LOG_LEVEL} (default INFO) for the functions' own, and for the AWS SDK's at
 * least WARN unless {@code LOG_LEVEL} asks for DEBUG or TRACE, when the SDK's requests are worth seeing.
 */
public record LogLevels(Level level) {

    private static final String SDK_LOGGERS = "software.amazon.awssdk";

    public static LogLevels fromEnvironment() {
        return named(System.getenv("LOG_LEVEL"));
    }

    /**
     * The level a {@code LOG_LEVEL} value names, Log4j's names included (the functions' setting before). A value
     * SLF4J has no level for gives INFO: the backend starts in every function's init, and failing there would
     * stop every logger of the function, and the function with it.
     */
    public static LogLevels named(String configured) {
        String name = configured == null ? "" : configured.strip().toUpperCase(Locale.ROOT);
        return new LogLevels(switch (name) {
            case "TRACE", "ALL" -> Level.TRACE;
            case "DEBUG" -> Level.DEBUG;
            case "WARN", "WARNING" -> Level.WARN;
            case "ERROR", "FATAL", "OFF" -> Level.ERROR;
            default -> Level.INFO;
        });
    }

    public Level of(String loggerName) {
        boolean verbose = level.toInt() <= Level.DEBUG.toInt();
        if (loggerName.startsWith(SDK_LOGGERS) && !verbose && level.toInt() < Level.WARN.toInt()) {
            return Level.WARN;
        }
        return level;
    }
}
