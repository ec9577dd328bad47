package nl.rmt.intake.store;

/**
 * An outbox message's body as stored: deflated. A write is billed by the item's size in 1 KB steps (twice in the
 * intake's transaction), and a partner message's JSON of 0.6 to 3 KB deflates to about half, so most outbox items
 * fit in 1 KB. Readers take a body stored as text too (outbox items written before bodies were deflated).
 */
public final class OutboxBodies {

    private OutboxBodies() {
    }

    static byte[] deflate(String body) {
        return Deflated.deflate(body);
    }

    /** @throws IllegalArgumentException when the bytes are no deflated body: the message can never be delivered */
    public static String inflate(byte[] deflated) {
        return Deflated.inflate(deflated);
    }
}
