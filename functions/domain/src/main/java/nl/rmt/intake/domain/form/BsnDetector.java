package nl.rmt.intake.domain.form;

/**
 * Finds a burgerservicenummer in free text. Partners outside government may not receive a BSN, so the form refuses
 * text that holds one rather than passing it on.
 *
 * <p>A candidate is a run of exactly nine digits, possibly grouped with single spaces, dots or dashes
 * ({@code 123 456 782}, {@code 123.456.782}). A longer run, such as a phone number or part of an IBAN, is not a BSN.
 */
public final class BsnDetector {

    private static final int BSN_DIGITS = 9;

    private BsnDetector() {
    }

    public static boolean containsBsn(String text) {
        if (text == null) {
            return false;
        }
        int position = 0;
        while (position < text.length()) {
            if (!isDigit(text.charAt(position))) {
                position++;
                continue;
            }
            StringBuilder digits = new StringBuilder();
            position = readGroupedDigits(text, position, digits);
            if (digits.length() == BSN_DIGITS && passesElevenProof(digits)) {
                return true;
            }
        }
        return false;
    }

    /** The 11-proof (elfproef): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and the digits are not all 0. */
    public static boolean passesElevenProof(CharSequence nineDigits) {
        if (nineDigits.length() != BSN_DIGITS || !nineDigits.chars().allMatch(c -> isDigit((char) c))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < BSN_DIGITS - 1; i++) {
            sum += (BSN_DIGITS - i) * digitAt(nineDigits, i);
        }
        sum -= digitAt(nineDigits, BSN_DIGITS - 1);
        boolean allZeros = nineDigits.chars().allMatch(c -> c == '0');
        return !allZeros && Math.floorMod(sum, 11) == 0;
    }

    /** @return the position just after the run that starts at {@code start} */
    private static int readGroupedDigits(String text, int start, StringBuilder digits) {
        int position = start;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (isDigit(c)) {
                digits.append(c);
                position++;
            } else if (isGroupSeparator(c) && position + 1 < text.length() && isDigit(text.charAt(position + 1))) {
                position++;
            } else {
                break;
            }
        }
        return position;
    }

    private static boolean isGroupSeparator(char c) {
        return c == ' ' || c == '.' || c == '-';
    }

    // Only ASCII digits: Character.isDigit would also accept digits from other scripts.
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitAt(CharSequence digits, int index) {
        return digits.charAt(index) - '0';
    }
}
