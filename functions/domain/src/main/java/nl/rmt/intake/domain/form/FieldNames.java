package nl.rmt.intake.domain.form;

/**
 * A key the caller chose, as an answer may name it: at most {@value #MAX_SHOWN} characters, anything but printable
 * ASCII escaped as {@code \\uXXXX}. A key can itself hold personal data, so it is never shown whole and never logged.
 */
public final class FieldNames {

    public static final int MAX_SHOWN = 40;
    private static final String CUT = "...";

    private FieldNames() {
    }

    public static String shown(String key) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            String escaped = c >= 0x20 && c < 0x7F && c != '\\' ? String.valueOf(c) : "\\u%04x".formatted((int) c);
            if (shown.length() + escaped.length() > MAX_SHOWN) {
                return shown.append(CUT).toString();
            }
            shown.append(escaped);
        }
        return shown.toString();
    }
}
