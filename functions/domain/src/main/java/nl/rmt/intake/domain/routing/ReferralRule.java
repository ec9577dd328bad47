package nl.rmt.intake.domain.routing;

import nl.rmt.intake.domain.classification.TargetGroup;
import nl.rmt.intake.domain.form.PartnerType;

/** A target group that gets the case shared with a partner type, besides the lead. */
public record ReferralRule(TargetGroup group, PartnerType partnerType) {
}
