package nl.rmt.intake.localstack;

import java.time.Instant;
import java.util.List;

/** One email as aws-ses-v2-local stored it. {@code text} or {@code html} is null when the email had no such part. */
public record SentEmail(
        String messageId,
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String text,
        String html,
        Instant date) {

    public SentEmail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }
}
