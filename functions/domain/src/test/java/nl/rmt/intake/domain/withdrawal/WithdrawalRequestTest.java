package nl.rmt.intake.domain.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WithdrawalRequestTest {

    @Test
    void holdsOnlyCanonicalValues() {
        assertThat(new WithdrawalRequest("RMT-7KQ4-XM2P", "K7P299QXM2").code()).isEqualTo("K7P299QXM2");
        assertThatThrownBy(() -> new WithdrawalRequest("rmt-7kq4-xm2p", "K7P299QXM2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WithdrawalRequest("RMT-7KQ4-XM2P", "k7p299qxm2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextLeavesOutTheReferenceAndTheSecretCode() {
        String text = new WithdrawalRequest("RMT-7KQ4-XM2P", "K7P299QXM2").toString();
        String submitted = new WithdrawalSubmission("RMT-7KQ4-XM2P", "K7P299QXM2").toString();

        assertThat(text).doesNotContain("K7P299QXM2", "RMT-7KQ4-XM2P");
        assertThat(submitted).doesNotContain("K7P299QXM2", "RMT-7KQ4-XM2P");
    }
}
