package nl.rmt.intake.domain.routing;

import java.util.Optional;
import nl.rmt.intake.domain.reorganisation.ReorganisationContext;

/**
 * What a lead may be told of the reorganisation a case came through. Which partner type receives which is data
 * ({@code routing/partner-types.json}, {@code reorganisationFields}), as for the person fields.
 */
public enum ReorganisationField {
    EMPLOYER_NAME("employerName"),
    KVK_NUMBER("kvkNumber"),
    SECTOR("sector"),
    EXPECTED_NOTICE_DATE("expectedNoticeDate");

    private final String jsonName;

    ReorganisationField(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<ReorganisationField> fromJsonName(String name) {
        for (ReorganisationField field : values()) {
            if (field.jsonName.equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public String valueIn(ReorganisationContext context) {
        return switch (this) {
            case EMPLOYER_NAME -> context.employerName();
            case KVK_NUMBER -> context.kvkNumber();
            case SECTOR -> context.sector();
            case EXPECTED_NOTICE_DATE -> context.expectedNoticeDate().toString();
        };
    }
}
