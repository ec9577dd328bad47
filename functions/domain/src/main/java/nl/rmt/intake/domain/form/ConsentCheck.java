package nl.rmt.intake.domain.form;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the {@code consent} section: the privacy statement, and per partner type whether the case may go there. */
final class ConsentCheck {

    private static final String PARTNER_TYPES_FIELD = "consent.partnerTypes";

    private final FieldErrors errors;

    ConsentCheck(FieldErrors errors) {
        this.errors = errors;
    }

    /** @return the consent given, or null when any field has an error */
    Consent check(IntakeSubmission.Consent consent) {
        int errorsBefore = errors.count();
        if (!Boolean.TRUE.equals(consent.privacyStatement())) {
            errors.add("consent.privacyStatement", ErrorCode.PRIVACY_STATEMENT_REQUIRED);
        }
        Set<PartnerType> allowed = partnerTypesAllowed(consent.partnerTypes());
        return errors.count() == errorsBefore ? new Consent(true, allowed) : null;
    }

    private Set<PartnerType> partnerTypesAllowed(Map<String, Boolean> answers) {
        Set<PartnerType> answered = EnumSet.noneOf(PartnerType.class);
        Set<PartnerType> allowed = EnumSet.noneOf(PartnerType.class);
        if (answers == null) {
            return allowed;
        }
        for (Map.Entry<String, Boolean> answer : answers.entrySet()) {
            Optional<PartnerType> type = EnumValues.parse(PartnerType.class, answer.getKey());
            if (type.isEmpty()) {
                errors.add(field(answer.getKey()), ErrorCode.UNKNOWN_VALUE, EnumValues.allowed(PartnerType.class));
            } else if (type.get().needsConsent()) {
                // "uwv" and "UWV" in one form could disagree; asking beats guessing which one the citizen meant.
                if (!answered.add(type.get())) {
                    errors.add(field(answer.getKey()), ErrorCode.DUPLICATE_VALUE);
                } else if (Boolean.TRUE.equals(answer.getValue())) {
                    allowed.add(type.get());
                }
            }
        }
        return allowed;
    }

    private static String field(String partnerType) {
        return partnerType == null ? PARTNER_TYPES_FIELD : PARTNER_TYPES_FIELD + "." + FieldNames.shown(partnerType);
    }
}
