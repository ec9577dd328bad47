package nl.rmt.intake.domain.form;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** @param sharingAllowedWith the partner types the citizen allowed; {@link PartnerType#RMT} is always allowed */
public record Consent(boolean privacyStatementAccepted, Set<PartnerType> sharingAllowedWith) {

    public Consent {
        EnumSet<PartnerType> allowed = EnumSet.of(PartnerType.RMT);
        allowed.addAll(sharingAllowedWith);
        sharingAllowedWith = Collections.unmodifiableSet(allowed);
    }

    public boolean allows(PartnerType type) {
        return sharingAllowedWith.contains(type);
    }
}
