package nl.rmt.intake.application;

import java.time.Instant;

/**
 * A bounce or complaint about an email the service sent.
 *
 * @param type    {@code Bounce} or {@code Complaint}, as SES names them
 * @param subType the bounce type or complaint feedback type, or null
 */
public record EmailEvent(String type, String subType, Instant at, String sesMessageId) {
}
