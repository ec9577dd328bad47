package nl.rmt.intake.partner;

import java.util.Optional;

/**
 * The partner's own decision on a case it was assigned: in a real integration, the step that stores the case in
 * the partner's system and, where it can, reports back at once.
 */
@FunctionalInterface
public interface FeedbackDecider {

    /**
     * @return the feedback to report, or empty to take the message without reporting anything yet (it is
     *         deleted; later feedback goes through {@link FeedbackApi} directly)
     */
    Optional<Feedback> decide(PartnerMessage assignment);
}
