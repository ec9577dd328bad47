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
        String configured = System.getenv("LOG_LEVEL");
        return new LogLevels(configured == null || configured.isBlank() ? Level.INFO
                : Level.valueOf(configured.strip().toUpperCase(Locale.ROOT)));
    }

    public Level of(String loggerName) {
        boolean verbose = level.toInt() <= Level.DEBUG.toInt();
        if (loggerName.startsWith(SDK_LOGGERS) && !verbose && level.toInt() < Level.WARN.toInt()) {
            return Level.WARN;
        }
        return level;
    }
}
