package nl.rmt.intake.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An outbox message's body as stored: deflated. A write is billed by the item's size in 1 KB steps (twice in the
 * intake's transaction), and a partner message's JSON of 0.6 to 3 KB deflates to about half, so most outbox items
 * fit in 1 KB. Readers take a body stored as text too (outbox items written before bodies were deflated).
 */
public final class OutboxBodies {

    private OutboxBodies() {
    }

    static byte[] deflate(String body) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(body.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(body.length() / 2 + 16);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                deflated.write(buffer, 0, deflater.deflate(buffer));
            }
            return deflated.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** @throws IllegalArgumentException when the bytes are no deflated body: the message can never be delivered */
    public static String inflate(byte[] deflated) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream body = new ByteArrayOutputStream(deflated.length * 3);
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("Outbox body cut short");
                }
                body.write(buffer, 0, inflated);
            }
            return body.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException unreadable) {
            throw new IllegalArgumentException("Outbox body not deflated", unreadable);
        } finally {
            inflater.end();
        }
    }
}
