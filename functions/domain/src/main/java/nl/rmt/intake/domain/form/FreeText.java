package nl.rmt.intake.domain.form;

import java.text.Normalizer;

/**
 * The rules for every field a person types freely (names, remarks, a partner's reason or note, a desk's re-route
 * reason). Such text is copied into partner messages (SQS) and emails (SES), which refuse some characters; a
 * field is refused here instead, where the citizen can still fix it, so that an accepted case can always travel.
 *
 * <p>Refused: lone UTF-16 surrogates, noncharacters (U+FFFE, U+FFFF and their copies at every plane's end,
 * U+FDD0..U+FDEF), control characters (a line break, carriage return and tab only in multi-line fields), line and
 * paragraph separators in single-line fields, and the bidirectional embedding, override and isolate controls
 * (U+202A..U+202E, U+2066..U+2069) that can make a text read differently from what it holds. Accepted text is
 * NFC-normalised; limits count its code points.
 */
public final class FreeText {

    /** Whether a field may hold several lines. */
    public enum Lines { SINGLE, MULTIPLE }

    /**
     * One field's verdict: the clean text, or one error. Both null: nothing (or only spaces) was typed.
     *
     * @param limit the field's maximum length, the argument of {@link ErrorCode#TOO_LONG}
     */
    public record Checked(String text, ErrorCode error, int limit) {

        public Object[] arguments() {
            return error == ErrorCode.TOO_LONG ? new Object[] {limit} : new Object[0];
        }
    }

    private static final char FIRST_CHARACTER_NFC_MAY_CHANGE = '\u0300';

    private FreeText() {
    }

    /** Trims, refuses characters that cannot travel, normalises to NFC, then checks the length and for a BSN. */
    public static Checked check(String typed, int maxLength, Lines lines) {
        String trimmed = trimToNull(typed);
        if (trimmed == null) {
            return new Checked(null, null, maxLength);
        }
        // Length first on the raw text (an NFC form is never more than three times longer), so that an oversized
        // text is refused before it is scanned.
        if (length(trimmed) > 3 * maxLength) {
            return new Checked(null, ErrorCode.TOO_LONG, maxLength);
        }
        if (!canTravel(trimmed, lines)) {
            return new Checked(null, ErrorCode.INVALID_CHARACTERS, maxLength);
        }
        String text = nfc(trimmed);
        if (length(text) > maxLength) {
            return new Checked(null, ErrorCode.TOO_LONG, maxLength);
        }
        if (BsnDetector.containsBsn(text)) {
            return new Checked(null, ErrorCode.BSN_NOT_ALLOWED, maxLength);
        }
        return new Checked(text, null, maxLength);
    }

    /** The NFC form; text below U+0300 (where the first combining mark is) is in NFC already, as most text is. */
    static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_CHARACTER_NFC_MAY_CHANGE) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /** @return the text without leading and trailing spaces of any kind (U+00A0 too), or null when nothing is left */
    static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether every character may be sent on through SQS and SES and shows as what it is. */
    public static boolean canTravel(String text, Lines lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                if (isNoncharacter(Character.toCodePoint(c, text.charAt(++i)))) {
                    return false;
                }
            } else if (Character.isLowSurrogate(c) || isNoncharacter(c) || isBidiControl(c)
                    || isControl(c, lines)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isControl(char c, Lines lines) {
        if ((c >= ' ' && c < '\u007F') || (c > '\u009F' && c != '\u2028' && c != '\u2029')) {
            return false;
        }
        boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
        if (lineBreak) {
            return lines == Lines.SINGLE;
        }
        return Character.getType(c) == Character.CONTROL;
    }
}
