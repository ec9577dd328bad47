package nl.rmt.intake.messaging;

import java.util.function.UnaryOperator;

/**
 * Deployed queue names: the stack's prefix, the base name from the routing data, and the FIFO suffix.
 * Every queue is FIFO so that a case's messages arrive in order and redeliveries are de-duplicated.
 */
public final class QueueNames implements UnaryOperator<String> {

    private final String prefix;

    public QueueNames(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String apply(String baseName) {
        return prefix + baseName + ".fifo";
    }
}
