package nl.rmt.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.confirmation.ConfirmationComposer;
import nl.rmt.intake.domain.confirmation.ConfirmationDetails;
import nl.rmt.intake.domain.confirmation.ConfirmationEmail;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.domain.routing.PartnerMessage;
import nl.rmt.intake.domain.routing.Recipient;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.json.Json;
import nl.rmt.intake.mail.SesMailer;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The property behind "text that can travel": every form the validator accepts, however odd its Unicode, yields
 * partner messages that SQS takes and a confirmation that SES takes. Many generated forms, nasty characters
 * included, go through the validator; each accepted one's real messages are checked against SQS's rules and sent
 * to the embedded SQS and SES.
 */
class AcceptedTextTravelsTest {

    private static final int FORMS = 600;
    private static final int SQS_MAX_BYTES = 256 * 1024;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final IntakeTriage TRIAGE = IntakeTriage.loadDefault();

    private static SqsClient sqs;
    private static String queueUrl;
    private static SesMailer mailer;

    @BeforeAll
    static void startStack() {
        sqs = LocalStack.stack().sqs();
        queueUrl = sqs.createQueue(request -> request.queueName("accepted-text-travels")).queueUrl();
        mailer = new SesMailer(LocalStack.stack().sesV2(), System.getProperty("SENDER_ADDRESS"), null);
    }

    @Test
    void everyAcceptedFormsPartnerMessagesAndEmailAreAcceptedBySqsAndSes() {
        Random random = new Random(20261203L);
        int accepted = 0;
        int refused = 0;
        Map<String, Integer> refusals = new java.util.TreeMap<>();
        for (int i = 0; i < FORMS; i++) {
            IntakeSubmission submission = randomSubmission(random);
            ValidationResult result = TRIAGE.validate(submission, "AM18", Language.NL, TODAY);
            if (result instanceof ValidationResult.Valid valid) {
                accepted++;
                travel(valid.form());
            } else {
                refused++;
                ((ValidationResult.Invalid) result).errors().forEach(e -> refusals.merge(e.field() + ":" + e.code(), 1,
                        Integer::sum));
            }
        }
        assertThat(accepted).as("accepted forms; refusals " + refusals).isGreaterThan(FORMS / 3);
        assertThat(refused).as("refused forms").isGreaterThan(FORMS / 10);
    }

    private static void travel(IntakeForm form) {
        String caseId = UUID.randomUUID().toString();
        RoutingDecision decision = TRIAGE.decide(form, "AM18", TODAY);
        for (Recipient recipient : decision.recipients()) {
            PartnerMessage message = TRIAGE.messageFactory().build(caseId, "RMT-7KQ4-XM2P", decision, recipient, form,
                    Instant.parse("2026-12-03T10:00:00Z"));
            String body = Json.write(message);
            assertThat(SqsText.isAllowed(body)).as("partner message characters").isTrue();
            assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SQS_MAX_BYTES);
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
        }
        var lead = decision.lead().partner();
        ConfirmationEmail email = new ConfirmationComposer().compose(new ConfirmationDetails(form.person().language(),
                form.person().givenName(), "RMT-7KQ4-XM2P", lead.displayName(form.person().language()),
                lead.contactWithinWorkingDays(), ConfirmationComposer.partnerTypesOf(decision),
                "https://intake.rmt.example/intrekken", "K7P2-99QX"));
        for (String part : List.of(email.subject(), email.textBody(), email.htmlBody())) {
            assertThat(SqsText.isAllowed(part)).as("email characters").isTrue();
        }
        assertThat(mailer.send(form.person().email(), email, caseId)).isNotBlank();
    }

    private static IntakeSubmission randomSubmission(Random random) {
        return new IntakeSubmission(
                new IntakeSubmission.Person(text(random, 1 + random.nextInt(30)), text(random, 1 + random.nextInt(60)),
                        email(random), random.nextBoolean() ? "06 12 34 56 78" : null, "1990-05-17", "1012 JS",
                        "GM0363", random.nextBoolean() ? "nl" : "en"),
                new IntakeSubmission.Situation("UNEMPLOYED", null, "WW", false, true, false),
                List.of("WORK"),
                new IntakeSubmission.Consent(true, Map.of("UWV", true, "GEMEENTE", random.nextBoolean())),
                random.nextInt(4) == 0 ? null : text(random, random.nextInt(2100)));
    }

    private static String email(Random random) {
        String local = random.nextInt(10) == 0 ? "z\u00f6e" : "user" + random.nextInt(1000);
        String domain = random.nextBoolean() ? "example.org" : "b\u00fccher.de";
        return local + "@" + domain;
    }

    /** Odd but valid characters; in one text of six also one that SQS refuses, which the validator must catch. */
    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoint(random));
        }
        if (random.nextInt(6) == 0) {
            int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
            text.insert(at, Character.toChars(nasty(random)));
        }
        return text.toString();
    }

    private static int nasty(Random random) {
        return List.of(0xD800 + random.nextInt(0x800), 0xFFFE, 0xFFFF, 0xFDD0 + random.nextInt(32),
                0x1FFFE, 0x10FFFF, 0x202E, 0x2066, 0x0007, 0x001B, 0x0085).get(random.nextInt(11));
    }

    private static int codePoint(Random random) {
        List<int[]> ranges = new ArrayList<>(List.of(
                new int[] {'a', 'z'}, new int[] {0x00C0, 0x024F}, new int[] {0x0300, 0x036F},
                new int[] {0x0370, 0x03FF}, new int[] {0x0400, 0x04FF}, new int[] {0x0590, 0x05FF},
                new int[] {0x0600, 0x06FF}, new int[] {0x1100, 0x11FF}, new int[] {0x3040, 0x30FF},
                new int[] {0x4E00, 0x9FFF}, new int[] {0xE000, 0xF8FF}, new int[] {0xFB00, 0xFDCF}, new int[] {0xFDF0, 0xFFFD},
                new int[] {0x1D400, 0x1D7FF}, new int[] {0x1F300, 0x1FAFF}, new int[] {0x20000, 0x2A6DF},
                new int[] {0xF0000, 0xFFFFD}, new int[] {0x2000, 0x200F}, new int[] {0x2030, 0x205E}, new int[] {' ', '~'}));
        int[] range = ranges.get(random.nextInt(ranges.size()));
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }
}
