package nl.rmt.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmailQuotaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void countsOneAddressWrittenWithOtherCaseSpacesOrAPlusTagAsOne() {
        String key = EmailQuota.of("noor.jansen@example.org", DAY, 3).key();

        assertThat(EmailQuota.of(" Noor.Jansen@Example.ORG ", DAY, 3).key()).isEqualTo(key);
        assertThat(EmailQuota.of("noor.jansen+rmt2@example.org", DAY, 3).key()).isEqualTo(key);
    }

    @Test
    void countsAnotherAddressAndAnotherDaySeparately() {
        String key = EmailQuota.of("noor.jansen@example.org", DAY, 3).key();

        assertThat(EmailQuota.of("noor.jansen@example.net", DAY, 3).key()).isNotEqualTo(key);
        assertThat(EmailQuota.of("noor.jansen@example.org", DAY.plusDays(1), 3).key()).isNotEqualTo(key);
    }

    @Test
    void keepsTheAddressOnlyAsAHash() {
        assertThat(EmailQuota.of("noor.jansen@example.org", DAY, 3).key())
                .doesNotContain("noor", "example")
                .matches("[0-9a-f]{64}#2026-12-03");
    }
}
