package nl.rmt.intake.domain.form;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a burgerservicenummer in free text. Partners outside government may not receive a BSN, so the form refuses
 * text that holds one rather than passing it on.
 *
 * <p>Digits (any script's decimal digits) joined by separators form a run; the separators are every Unicode space
 * (also U+00A0, U+2007, U+202F), dots, dashes (also the Unicode dashes and the minus sign), slashes and underscores,
 * in any mixture and any number ({@code 111 . 222 / 333}). The separators split a run into groups. A candidate is
 * any sequence of neighbouring groups with exactly nine digits together; it is a BSN when it passes the 11-proof.
 * So {@code 111222333 4} and {@code 06 111 222 333} hold one, while {@code 1112223334} (ten digits written
 * together) and {@code 06 12345678} do not: nine digits inside a longer group are another kind of number.
 *
 * <p>One exception: a run right after a {@code +} is an international phone number ({@code +31 6 12345678}): its
 * national part has nine digits, and one in eleven of those passes the 11-proof. The phone field is checked on its
 * own terms (see {@link PersonCheck}).
 */
public final class BsnDetector {

    private static final int BSN_DIGITS = 9;

    private BsnDetector() {
    }

    public static boolean containsBsn(CharSequence text) {
        // Most text (every name, most remarks) has fewer digits than a BSN, and so none.
        if (text == null || digitCount(text) < BSN_DIGITS) {
            return false;
        }
        int[] codePoints = text.codePoints().toArray();
        int position = 0;
        while (position < codePoints.length) {
            if (!isDigit(codePoints[position])) {
                position++;
                continue;
            }
            boolean afterPlus = position > 0 && codePoints[position - 1] == '+';
            List<String> groups = new ArrayList<>();
            position = readRun(codePoints, position, groups);
            if (!afterPlus && hasBsnWindow(groups)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the digits, once separators are left out, are exactly a BSN. */
    public static boolean isBsn(String text) {
        if (digitCount(text) != BSN_DIGITS) {
            return false;
        }
        StringBuilder digits = new StringBuilder(BSN_DIGITS);
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (isDigit(c)) {
                digits.append(Character.forDigit(Character.digit(c, 10), 10));
            }
        }
        return passesElevenProof(digits);
    }

    private static int digitCount(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(Character.codePointAt(text, i))) {
            if (isDigit(Character.codePointAt(text, i))) {
                count++;
            }
        }
        return count;
    }

    /** The 11-proof (elfproef): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and the digits are not all 0. */
    public static boolean passesElevenProof(CharSequence nineDigits) {
        if (nineDigits.length() != BSN_DIGITS) {
            return false;
        }
        int sum = 0;
        boolean allZeros = true;
        for (int i = 0; i < BSN_DIGITS; i++) {
            char c = nineDigits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            allZeros &= c == '0';
            sum += (i == BSN_DIGITS - 1 ? -1 : BSN_DIGITS - i) * digitAt(nineDigits, i);
        }
        return !allZeros && Math.floorMod(sum, 11) == 0;
    }

    private static boolean hasBsnWindow(List<String> groups) {
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder window = new StringBuilder();
            for (int last = first; last < groups.size() && window.length() < BSN_DIGITS; last++) {
                window.append(groups.get(last));
            }
            if (window.length() == BSN_DIGITS && passesElevenProof(window)) {
                return true;
            }
        }
        return false;
    }

    /** Reads digit groups (as ASCII digits) and the separators between them; @return the position after the run */
    private static int readRun(int[] codePoints, int start, List<String> groups) {
        int position = start;
        StringBuilder group = new StringBuilder();
        while (position < codePoints.length) {
            int c = codePoints[position];
            if (isDigit(c)) {
                group.append(Character.forDigit(Character.digit(c, 10), 10));
                position++;
                continue;
            }
            int next = position;
            while (next < codePoints.length && isSeparator(codePoints[next])) {
                next++;
            }
            if (next == position || next == codePoints.length || !isDigit(codePoints[next])) {
                break;
            }
            groups.add(group.toString());
            group.setLength(0);
            position = next;
        }
        groups.add(group.toString());
        return position;
    }

    private static boolean isSeparator(int c) {
        return Character.isSpaceChar(c) || Character.isWhitespace(c)
                || c == '.' || c == '\u00B7' || c == '\u2024' || c == '\uFF0E'
                || c == '-' || c == '\u2212' || Character.getType(c) == Character.DASH_PUNCTUATION
                || c == '/' || c == '\\' || c == '\u2044' || c == '\u2215' || c == '\uFF0F'
                || c == '_';
    }

    private static boolean isDigit(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    private static int digitAt(CharSequence digits, int index) {
        return digits.charAt(index) - '0';
    }
}
