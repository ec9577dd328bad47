package nl.rmt.intake.handlers.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void everyRecordEndsWithCrLfAndAnEmptyFieldStaysEmpty() {
        String csv = new CsvWriter().row(List.of("a", "b")).row(Arrays.asList("1", null, 3L)).toString();

        assertThat(csv).isEqualTo("a,b\r\n1,,3\r\n");
    }

    @Test
    void aFieldWithACommaAQuoteOrALineBreakIsQuotedAndItsQuotesDoubled() {
        String csv = new CsvWriter().row(List.of("Zaanstreek, Waterland", "de \"Peel\"", "two\r\nlines", "plain"))
                .toString();

        assertThat(csv).isEqualTo("\"Zaanstreek, Waterland\",\"de \"\"Peel\"\"\",\"two\r\nlines\",plain\r\n");
    }

    @Test
    void aTextASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        String csv = new CsvWriter().row(Arrays.asList("=HYPERLINK(\"http://x.example\",\"Bakkerij\")", "+31 BV", "-1",
                "@SUM(A1)", "\tTab BV", "Bakkerij = Brood", 7L)).toString();

        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"Bakkerij\"\")\",'+31 BV,'-1,'@SUM(A1),"
                + "'\tTab BV,Bakkerij = Brood,7\r\n");
    }
}
