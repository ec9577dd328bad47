package nl.rmt.intake.domain.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import nl.rmt.intake.domain.region.CsvRecords.CsvRecord;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<List<String>> fieldsOf(String csv) {
        return CsvRecords.read(new StringReader(csv)).stream().map(CsvRecord::fields).toList();
    }

    @Test
    void splitsUnquotedFieldsOnCommas() {
        assertThat(fieldsOf("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void keepsCommasInsideQuotedFields() {
        assertThat(fieldsOf("GM0820,\"Nuenen, Gerwen en Nederwetten\",AM28\n"))
                .containsExactly(List.of("GM0820", "Nuenen, Gerwen en Nederwetten", "AM28"));
    }

    @Test
    void turnsDoubledQuotesInsideQuotedFieldsIntoOneQuote() {
        assertThat(fieldsOf("\"'s-Hertogenbosch \"\"Den Bosch\"\"\",x\n"))
                .containsExactly(List.of("'s-Hertogenbosch \"Den Bosch\"", "x"));
    }

    @Test
    void keepsLineBreaksInsideQuotedFields() {
        assertThat(fieldsOf("\"two\nlines\",x\n")).containsExactly(List.of("two\nlines", "x"));
    }

    @Test
    void acceptsWindowsLineEndings() {
        assertThat(fieldsOf("a,b\r\n1,2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void readsTheLastRecordWithoutATrailingLineBreak() {
        assertThat(fieldsOf("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void skipsAByteOrderMarkAtTheStart() {
        assertThat(fieldsOf("\uFEFFgemeente_code,x\n")).containsExactly(List.of("gemeente_code", "x"));
    }

    @Test
    void skipsBlankLines() {
        assertThat(fieldsOf("a,b\n\n1,2\n\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void keepsEmptyFields() {
        assertThat(fieldsOf("a,,\"\"\n")).containsExactly(List.of("a", "", ""));
    }

    @Test
    void readsAnEmptyInputAsNoRecords() {
        assertThat(fieldsOf("")).isEmpty();
    }

    @Test
    void recordsTheLineOnWhichEachRecordStarts() {
        List<CsvRecord> records = CsvRecords.read(new StringReader("a,b\n\"x\ny\",z\n1,2\n"));

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
    }

    @Test
    void refusesAQuotedFieldThatIsNeverClosed() {
        assertThatThrownBy(() -> fieldsOf("a,b\n\"open,1\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThatThrownBy(() -> fieldsOf("\"quoted\"tail,1\n"))
                .isInstanceOf(MalformedTableException.class)
                .hasMessageContaining("closing quote");
    }
}
