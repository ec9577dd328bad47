package nl.rmt.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.rmt.intake.domain.confirmation.ConfirmationEmail;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SesMailerTest {

    private static SesMailer mailer;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        mailer = new SesMailer(LocalStack.stack().sesV2(), "noreply@rmt-intake.example.nl", "rmt-intake-email");
    }

    @Test
    void sendsTextAndHtmlFromTheConfiguredAddressKeepingNonAsciiCharacters() {
        String marker = UUID.randomUUID().toString();
        ConfirmationEmail email = new ConfirmationEmail("Bevestiging – aanmelding " + marker,
                "Beste Zoë, uw referentie is " + marker, "<p>Beste Zoë, uw referentie is " + marker + "</p>");

        String messageId = mailer.send("zoe.dekker@example.org", email, UUID.randomUUID().toString());

        assertThat(messageId).isNotBlank();
        var sent = LocalStack.stack().mailbox().sentTo("zoe.dekker@example.org").stream()
                .filter(message -> message.subject().contains(marker)).toList();
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.from()).contains("noreply@rmt-intake.example.nl");
            assertThat(message.subject()).isEqualTo("Bevestiging – aanmelding " + marker);
            assertThat(message.text()).contains("Beste Zoë");
            assertThat(message.html()).contains("<p>Beste Zoë");
        });
    }
}
