package nl.rmt.intake.domain.explanation;

import java.util.Objects;
import java.util.Optional;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.Recipient;

/**
 * Who helps with one need the citizen ticked.
 *
 * @param helper             the lead or referral that helps with it; null when none of the case's partners does
 * @param consentWithheldFor when nobody helps: a partner type that would have, had the citizen agreed to share with it
 */
public record NeedHelp(Need need, Recipient helper, PartnerType consentWithheldFor) {

    public NeedHelp {
        Objects.requireNonNull(need, "need");
        if (helper != null && consentWithheldFor != null) {
            throw new IllegalArgumentException("a need someone helps with has no withheld consent");
        }
    }

    public Optional<Recipient> helperIfAny() {
        return Optional.ofNullable(helper);
    }

    public Optional<PartnerType> withheldConsent() {
        return Optional.ofNullable(consentWithheldFor);
    }
}
