package nl.rmt.intake.application;

/**
 * The receiving service refused the message for what it is, so sending it again can never succeed. The message is
 * parked instead of retried, so that it holds up no other.
 */
public final class UndeliverableException extends RuntimeException {

    private final String reason;

    /** @param reason the service's error code, prefixed with the service: never text the message carried */
    public UndeliverableException(String reason) {
        super("Refused for good: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
