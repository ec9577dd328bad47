package nl.rmt.intake.domain.form;

/**
 * A key the caller chose, as an answer may name it: at most {@value #MAX_SHOWN} characters, anything but printable
 * ASCII escaped as {@code \\uXXXX}. A key can itself hold personal data, so it is never shown whole and never logged.
 */
public final class FieldNames {

    public static final int MAX_SHOWN = 40;
    private static final String CUT = "...";
    private static final int ESCAPED_LENGTH = 6;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FieldNames() {
    }

    public static String shown(String key) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean printable = c >= 0x20 && c < 0x7F && c != '\\';
            if (shown.length() + (printable ? 1 : ESCAPED_LENGTH) > MAX_SHOWN) {
                return shown.append(CUT).toString();
            }
            if (printable) {
                shown.append(c);
            } else {
                shown.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return shown.toString();
    }
}
