package nl.rmt.intake.domain.routing;

import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.PartnerType;

/** A referral the rules asked for but that was not made, with the reason (no consent, same partner as the lead). */
public record SkippedReferral(TargetGroup group, PartnerType type, String reason) {
}
