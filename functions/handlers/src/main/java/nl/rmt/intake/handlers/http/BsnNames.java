package nl.rmt.intake.handlers.http;

/**
 * Whether a JSON key is named like a BSN: it holds {@code bsn}, {@code burgerservice}, {@code sofinummer},
 * {@code sofi_nummer}, {@code socialsecurity} or {@code social_security} in any ASCII case. A key holding a line
 * break or another line terminator is not, as with the pattern {@code (?i).*(bsn|...).*} these words were first
 * matched with. Written by hand because every key of every body passes here.
 */
public final class BsnNames {

    private static final String[] WORDS = {"bsn", "burgerservice", "sofinummer", "sofi_nummer", "socialsecurity",
        "social_security"};

    private BsnNames() {
    }

    public static boolean isBsnName(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (isLineTerminator(key.charAt(i))) {
                return false;
            }
        }
        for (String word : WORDS) {
            if (containsIgnoringAsciiCase(key, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoringAsciiCase(String key, String lowerCaseWord) {
        int last = key.length() - lowerCaseWord.length();
        for (int start = 0; start <= last; start++) {
            int matched = 0;
            while (matched < lowerCaseWord.length()
                    && toAsciiLowerCase(key.charAt(start + matched)) == lowerCaseWord.charAt(matched)) {
                matched++;
            }
            if (matched == lowerCaseWord.length()) {
                return true;
            }
        }
        return false;
    }

    private static char toAsciiLowerCase(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
