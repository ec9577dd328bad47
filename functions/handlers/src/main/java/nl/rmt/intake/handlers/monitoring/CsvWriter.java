package nl.rmt.intake.handlers.monitoring;

import java.util.List;

/**
 * RFC 4180: CRLF after every record, a field quoted when it holds a comma, a quote or a line break. A text that a
 * spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * {@code '}, so that typed text such as an employer's name is shown, never run, when the file is opened.
 */
final class CsvWriter {

    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder();

    CsvWriter row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append(CRLF);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String field(Object value) {
        String plain = value == null ? "" : value.toString();
        if (value instanceof CharSequence && startsLikeAFormula(plain)) {
            plain = "'" + plain;
        }
        if (plain.indexOf(',') < 0 && plain.indexOf('"') < 0 && plain.indexOf('\r') < 0 && plain.indexOf('\n') < 0) {
            return plain;
        }
        return '"' + plain.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
