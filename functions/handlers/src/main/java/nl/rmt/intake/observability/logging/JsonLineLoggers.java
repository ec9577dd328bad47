package nl.rmt.intake.observability.logging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;

/** One logger per name, each at the level {@link LogLevels} gives its name, all writing to one output. */
public final class JsonLineLoggers implements ILoggerFactory {

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final LogLevels levels;
    private final Consumer<String> output;

    /** @param output receives each finished line, without its line break */
    public JsonLineLoggers(LogLevels levels, Consumer<String> output) {
        this.levels = levels;
        this.output = output;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, named -> new JsonLineLogger(named, levels.of(named), output));
    }
}
