package nl.rmt.intake.domain.form;

import java.util.Locale;
import java.util.Optional;

/**
 * A deliberately plain check of an email address ({@code local@domain.tld}): it catches typing mistakes; whether the
 * address exists only shows when the confirmation is delivered.
 *
 * <p>The local part is dot-separated atoms of ASCII letters, digits and {@code !#$%&'*+/=?^_`{|}~-} (SES sends no
 * SMTPUTF8, so a confirmation to a local part in another script could never leave), at most
 * {@value #MAX_LOCAL_PART_LENGTH} characters. The domain is one or more labels of letters and numbers in any script
 * (1 to 63, a hyphen inside only), a dot after each, then a top-level domain of 2 to 63 letters or an
 * {@code xn--} name. Checked by hand, character by character, as every intake passes here.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final int MIN_TOP_LEVEL_LENGTH = 2;
    private static final String PUNYCODE_PREFIX = "xn--";
    private static final int MAX_PUNYCODE_LENGTH = 59;
    private static final String ATOM_SYMBOLS = "!#$%&'*+/=?^_`{|}~-";

    private EmailAddresses() {
    }

    /** @return the address with its domain in lower case; mail servers may honour the case of the local part */
    public static Optional<String> normalise(String trimmed) {
        int at = trimmed.indexOf('@');
        if (at < 0 || at > MAX_LOCAL_PART_LENGTH || !isDotAtom(trimmed, at) || !isDomain(trimmed, at + 1)) {
            return Optional.empty();
        }
        String domain = trimmed.substring(at + 1);
        String lowerCase = domain.toLowerCase(Locale.ROOT);
        return Optional.of(lowerCase.equals(domain) ? trimmed : trimmed.substring(0, at + 1) + lowerCase);
    }

    private static boolean isDotAtom(String address, int end) {
        boolean afterDot = true;
        for (int i = 0; i < end; i++) {
            char c = address.charAt(i);
            if (c == '.') {
                if (afterDot) {
                    return false;
                }
                afterDot = true;
            } else if (isAtomCharacter(c)) {
                afterDot = false;
            } else {
                return false;
            }
        }
        return !afterDot;
    }

    private static boolean isAtomCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ATOM_SYMBOLS.indexOf(c) >= 0;
    }

    /** One or more labels each followed by a dot, then the top-level domain. */
    private static boolean isDomain(String address, int start) {
        int lastDot = address.lastIndexOf('.');
        if (lastDot < start) {
            return false;
        }
        int labelStart = start;
        while (labelStart <= lastDot) {
            int dot = address.indexOf('.', labelStart);
            if (!isLabel(address, labelStart, dot)) {
                return false;
            }
            labelStart = dot + 1;
        }
        return isTopLevel(address, lastDot + 1, address.length());
    }

    private static boolean isLabel(String address, int start, int end) {
        int length = 0;
        int last = 0;
        for (int i = start; i < end; i += Character.charCount(last)) {
            last = address.codePointAt(i);
            boolean letterOrNumber = isLetterOrNumber(last);
            if (!letterOrNumber && (last != '-' || i == start)) {
                return false;
            }
            length++;
        }
        return length >= 1 && length <= MAX_LABEL_LENGTH && isLetterOrNumber(last);
    }

    private static boolean isTopLevel(String address, int start, int end) {
        if (address.regionMatches(true, start, PUNYCODE_PREFIX, 0, PUNYCODE_PREFIX.length())
                && isAsciiLetter(address.charAt(start)) && isAsciiLetter(address.charAt(start + 1))) {
            int rest = end - start - PUNYCODE_PREFIX.length();
            if (rest >= 1 && rest <= MAX_PUNYCODE_LENGTH && isPunycode(address, start + PUNYCODE_PREFIX.length(), end)) {
                return true;
            }
        }
        int length = 0;
        for (int i = start; i < end; i += Character.charCount(address.codePointAt(i))) {
            if (!Character.isLetter(address.codePointAt(i))) {
                return false;
            }
            length++;
        }
        return length >= MIN_TOP_LEVEL_LENGTH && length <= MAX_LABEL_LENGTH;
    }

    private static boolean isPunycode(String address, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = address.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
