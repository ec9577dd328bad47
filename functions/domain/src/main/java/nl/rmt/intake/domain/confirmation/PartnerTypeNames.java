package nl.rmt.intake.domain.confirmation;

import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;

/** How a citizen reads a partner type: the kind of organisation, not our internal code. */
public final class PartnerTypeNames {

    private PartnerTypeNames() {
    }

    public static String of(PartnerType type, Language language) {
        return language == Language.NL ? dutch(type) : english(type);
    }

    private static String dutch(PartnerType type) {
        return switch (type) {
            case UWV -> "UWV";
            case GEMEENTE -> "de gemeente";
            case VAKBOND -> "een vakbond";
            case ONDERWIJS -> "een onderwijsinstelling";
            case SCHULDHULP -> "schuldhulpverlening";
            case RMT -> "het regionale mobiliteitsteam";
        };
    }

    private static String english(PartnerType type) {
        return switch (type) {
            case UWV -> "UWV";
            case GEMEENTE -> "the municipality";
            case VAKBOND -> "a trade union";
            case ONDERWIJS -> "a school or training provider";
            case SCHULDHULP -> "debt counselling";
            case RMT -> "the regional mobility team";
        };
    }
}
