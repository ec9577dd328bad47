package nl.rmt.intake.handlers.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedRegionTest {

    @Test
    void logsARegionCodeAsItIs() {
        assertThat(LoggedRegion.of("AM18")).isEqualTo("AM18");
    }

    @Test
    void hidesAnythingElseACallerPutInTheUrl() {
        assertThat(LoggedRegion.of("JAN-JANSEN")).doesNotContain("JAN");
        assertThat(LoggedRegion.of(null)).isNotBlank();
    }
}
