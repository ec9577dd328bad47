package nl.rmt.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import nl.rmt.intake.application.EmailOutcomeUnknownException;
import nl.rmt.intake.application.UndeliverableException;
import nl.rmt.intake.config.SesClients;
import nl.rmt.intake.domain.confirmation.ConfirmationEmail;
import nl.rmt.intake.testing.FaultySes;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

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

    @Test
    void raisesAMessageSesRejectsAsUndeliverableWithItsErrorCodeOnly() {
        try (FaultySes ses = FaultySes.answering(400, "MessageRejected")) {
            SesMailer rejecting = mailerFor(ses, Duration.ofSeconds(5));

            assertThatThrownBy(() -> rejecting.send("a@example.org", EMAIL, UUID.randomUUID().toString()))
                    .isInstanceOfSatisfying(UndeliverableException.class,
                            e -> assertThat(e.reason()).isEqualTo("SES:MessageRejected"));
        }
    }

    @Test
    void asksSesOnceWhenItFailsSoThatATakenEmailIsNeverSentTwiceByTheSdk() {
        try (FaultySes ses = FaultySes.answering(503, "ServiceUnavailable")) {
            SesMailer failing = mailerFor(ses, Duration.ofSeconds(5));

            assertThatThrownBy(() -> failing.send("a@example.org", EMAIL, UUID.randomUUID().toString()))
                    .isInstanceOf(AwsServiceException.class);
            assertThat(ses.requests()).isEqualTo(1);
        }
    }

    @Test
    void reportsAnUnknownOutcomeWhenSesTookTheRequestAndDidNotAnswer() {
        try (FaultySes ses = FaultySes.silent()) {
            SesMailer silent = mailerFor(ses, Duration.ofMillis(500));

            assertThatThrownBy(() -> silent.send("a@example.org", EMAIL, UUID.randomUUID().toString()))
                    .isInstanceOf(EmailOutcomeUnknownException.class);
            assertThat(ses.requests()).isEqualTo(1);
        }
    }

    @Test
    void reportsAFailureToReachSesAsNotSentSoThatItIsRetried() throws Exception {
        URI closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        SesMailer unreachable = new SesMailer(SesClients.sesV2(Duration.ofSeconds(5)).endpointOverride(closed).build(),
                "noreply@rmt-intake.example.nl", null);

        assertThatThrownBy(() -> unreachable.send("a@example.org", EMAIL, UUID.randomUUID().toString()))
                .isInstanceOf(SdkClientException.class)
                .isNotInstanceOf(EmailOutcomeUnknownException.class);
    }

    private static final ConfirmationEmail EMAIL = new ConfirmationEmail("subject", "text", "<p>html</p>");

    private static SesMailer mailerFor(FaultySes ses, Duration timeout) {
        return new SesMailer(SesClients.sesV2(timeout).endpointOverride(ses.endpoint()).build(),
                "noreply@rmt-intake.example.nl", null);
    }
}
