package nl.rmt.intake.domain.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class EmployerKeyTest {

    @Test
    void issuesAUrlSafeSecretOf256BitsAndKeepsOnlyItsHash() {
        EmployerKey.Issued key = EmployerKey.issue(new SecureRandom());

        assertThat(key.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(key.sha256Hex()).hasSize(64).matches("[0-9a-f]+").doesNotContain(key.secret());
        assertThat(key.toString()).doesNotContain(key.secret());
    }

    @Test
    void matchesOnlyTheIssuedSecret() {
        SecureRandom random = new SecureRandom();
        EmployerKey.Issued key = EmployerKey.issue(random);
        EmployerKey.Issued other = EmployerKey.issue(random);

        assertThat(EmployerKey.matches(key.sha256Hex(), key.secret())).isTrue();
        assertThat(EmployerKey.matches(key.sha256Hex(), other.secret())).isFalse();
        assertThat(EmployerKey.matches(key.sha256Hex(), key.secret() + "x")).isFalse();
        assertThat(EmployerKey.matches(key.sha256Hex(), key.sha256Hex())).isFalse();
    }

    @Test
    void refusesAMissingEmptyOrOverlongKeyAndAMissingHash() {
        EmployerKey.Issued key = EmployerKey.issue(new SecureRandom());

        assertThat(EmployerKey.matches(key.sha256Hex(), null)).isFalse();
        assertThat(EmployerKey.matches(key.sha256Hex(), "")).isFalse();
        assertThat(EmployerKey.matches(key.sha256Hex(), "a".repeat(129))).isFalse();
        assertThat(EmployerKey.matches(null, key.secret())).isFalse();
        assertThat(EmployerKey.matches(EmployerKey.sha256Hex(""), "")).isFalse();
    }
}
