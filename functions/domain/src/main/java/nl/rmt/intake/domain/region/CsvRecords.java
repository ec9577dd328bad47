package nl.rmt.intake.domain.region;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: fields may be quoted, and a quoted field may hold commas, doubled quotes and line breaks.
 * CBS names already contain commas ("Nuenen, Gerwen en Nederwetten"), so splitting on commas is not enough.
 */
final class CsvRecords {

    private static final char QUOTE = '"';
    private static final char SEPARATOR = ',';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String text;
    private final List<CsvRecord> records = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int line = 1;
    private int recordLine = 1;

    private CsvRecords(String text) {
        this.text = text;
    }

    /** @return every record in the input, each with its fields; blank lines are skipped */
    static List<CsvRecord> read(Reader input) {
        return new CsvRecords(readFully(input)).parse();
    }

    /** @param line the 1-based line on which the record starts, so a table error can point at it */
    record CsvRecord(int line, List<String> fields) {
        CsvRecord {
            fields = List.copyOf(fields);
        }
    }

    private List<CsvRecord> parse() {
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            position = 1;
        }
        boolean atFieldStart = true;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == QUOTE && atFieldStart) {
                readQuotedField();
                atFieldStart = false;
            } else if (c == SEPARATOR) {
                endField();
                position++;
                atFieldStart = true;
            } else if (c == '\r' || c == '\n') {
                skipLineBreak();
                endRecord();
                recordLine = line;
                atFieldStart = true;
            } else {
                field.append(c);
                position++;
                atFieldStart = false;
            }
        }
        endRecord();
        return records;
    }

    private void readQuotedField() {
        int openingLine = line;
        position++;
        while (true) {
            if (position >= text.length()) {
                throw new MalformedTableException("line " + openingLine + ": quoted field is never closed");
            }
            char c = text.charAt(position++);
            if (c == QUOTE) {
                if (position < text.length() && text.charAt(position) == QUOTE) {
                    field.append(QUOTE);
                    position++;
                    continue;
                }
                requireFieldEnd();
                return;
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
        }
    }

    private void requireFieldEnd() {
        if (position < text.length()) {
            char next = text.charAt(position);
            if (next != SEPARATOR && next != '\r' && next != '\n') {
                throw new MalformedTableException("line " + line + ": text after a closing quote");
            }
        }
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endRecord() {
        endField();
        boolean blankLine = fields.size() == 1 && fields.get(0).isBlank();
        if (!blankLine) {
            records.add(new CsvRecord(recordLine, fields));
        }
        fields = new ArrayList<>();
    }

    private static String readFully(Reader input) {
        try {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
                all.append(buffer, 0, read);
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV table", e);
        }
    }
}
