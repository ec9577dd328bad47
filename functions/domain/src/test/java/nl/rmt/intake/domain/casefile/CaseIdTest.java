package nl.rmt.intake.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseIdTest {

    @Test
    void aNewIdIsARandomUuid() {
        String id = CaseId.newId();

        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(UUID.fromString(id).version()).isEqualTo(4);
    }

    @Test
    void everyNewIdIsDifferent() {
        assertThat(CaseId.newId()).isNotEqualTo(CaseId.newId());
    }
}
