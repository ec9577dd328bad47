package nl.rmt.intake.partner;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers handled messageIds for as long as this process runs: enough for the local stack and the demo. A
 * real partner keeps them durably, in the same transaction that stores the case in its own system, or a
 * restart between feedback and delete makes it act on the message twice.
 */
public final class InMemoryProcessedMessages implements ProcessedMessages {

    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();

    @Override
    public boolean contains(String messageId) {
        return messageIds.contains(messageId);
    }

    @Override
    public void add(String messageId) {
        messageIds.add(messageId);
    }
}
