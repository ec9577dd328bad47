package nl.rmt.intake.partner;

/** A queue message this consumer cannot act on; the message names no person, so neither does this. */
public final class UnreadableMessageException extends RuntimeException {

    UnreadableMessageException(String reason) {
        super(reason);
    }
}
