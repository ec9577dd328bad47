package nl.rmt.intake.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutboxBodiesTest {

    private static final String BODY = "{\"schemaVersion\":\"1.0\",\"messageType\":\"CASE_ASSIGNED\",\"person\":"
            + "{\"givenName\":\"Zoë\",\"familyName\":\"van den Berg\",\"remarks\":\"Ik zoek werk in de zorg, "
            + "liefst in de buurt van Tilburg; ik zoek werk in de zorg.\"}}";

    @Test
    void givesBackTheBodyItStoredWithEveryCharacter() {
        assertThat(OutboxBodies.inflate(OutboxBodies.deflate(BODY))).isEqualTo(BODY);
    }

    @Test
    void storesARepetitiveJsonBodyInFewerBytesThanItsText() {
        assertThat(OutboxBodies.deflate(BODY).length).isLessThan(BODY.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void refusesBytesThatAreNoStoredBody() {
        assertThatThrownBy(() -> OutboxBodies.inflate("{\"caseId\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesABodyCutShort() {
        byte[] deflated = OutboxBodies.deflate(BODY);
        byte[] cut = java.util.Arrays.copyOf(deflated, deflated.length / 2);

        assertThatThrownBy(() -> OutboxBodies.inflate(cut)).isInstanceOf(IllegalArgumentException.class);
    }
}
