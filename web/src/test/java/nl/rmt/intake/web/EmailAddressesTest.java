package nl.rmt.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void aUniqueAddressHoldsNoDigitSoItCanNeverHoldABsn() {
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String address = EmailAddresses.unique("sam");
            assertThat(address).matches("sam\\.[a-p]{32}@example\\.org");
            addresses.add(address);
        }
        assertThat(addresses).hasSize(1000);
    }
}
