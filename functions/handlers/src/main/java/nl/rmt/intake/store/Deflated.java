package nl.rmt.intake.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Text stored deflated (raw, at best compression), optionally against a preset dictionary the reader must share. */
final class Deflated {

    private static final byte[] NO_DICTIONARY = new byte[0];

    private Deflated() {
    }

    static byte[] deflate(String text) {
        return deflate(text.getBytes(StandardCharsets.UTF_8), NO_DICTIONARY);
    }

    /** @param utf8 text as UTF-8 bytes */
    static byte[] deflate(byte[] utf8, byte[] dictionary) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            if (dictionary.length > 0) {
                deflater.setDictionary(dictionary);
            }
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream deflated = new ByteArrayOutputStream(utf8.length / 2 + 16);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                deflated.write(buffer, 0, deflater.deflate(buffer));
            }
            return deflated.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String inflate(byte[] deflated) {
        return inflate(deflated, 0, NO_DICTIONARY);
    }

    /** @throws IllegalArgumentException when the bytes from {@code offset} on are not text deflated this way */
    static String inflate(byte[] deflated, int offset, byte[] dictionary) {
        Inflater inflater = new Inflater(true);
        try {
            if (dictionary.length > 0) {
                inflater.setDictionary(dictionary);
            }
            inflater.setInput(deflated, offset, deflated.length - offset);
            ByteArrayOutputStream text = new ByteArrayOutputStream(deflated.length * 3);
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("Deflated text cut short");
                }
                text.write(buffer, 0, inflated);
            }
            return text.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException unreadable) {
            throw new IllegalArgumentException("Not deflated text", unreadable);
        } finally {
            inflater.end();
        }
    }
}
