package nl.rmt.intake.domain.routing;

import java.util.Optional;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.domain.form.PersonalDetails;

/**
 * A person field a partner message may carry. Which partner type receives which fields is data
 * ({@code routing/partner-types.json}), so that data minimisation can be reviewed without reading code.
 */
public enum PersonField {
    GIVEN_NAME("givenName"),
    FAMILY_NAME("familyName"),
    EMAIL("email"),
    PHONE("phone"),
    DATE_OF_BIRTH("dateOfBirth"),
    POSTCODE("postcode"),
    HOME_MUNICIPALITY("homeMunicipality"),
    LANGUAGE("language"),
    REMARKS("remarks");

    private final String jsonName;

    PersonField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in the data files and in partner messages. */
    public String jsonName() {
        return jsonName;
    }

    public static Optional<PersonField> fromJsonName(String name) {
        for (PersonField field : values()) {
            if (field.jsonName.equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * The field's value as a partner receives it, or empty when the citizen left it out: a string, or the remarks as
     * the text they were read as (written as a JSON string, see {@link JsonText}).
     */
    public Optional<Object> valueIn(IntakeForm form) {
        PersonalDetails person = form.person();
        Object value = switch (this) {
            case GIVEN_NAME -> person.givenName();
            case FAMILY_NAME -> person.familyName();
            case EMAIL -> person.email();
            case PHONE -> person.phone();
            case DATE_OF_BIRTH -> person.dateOfBirth();
            case POSTCODE -> person.postcode();
            case HOME_MUNICIPALITY -> person.homeMunicipality();
            case LANGUAGE -> person.language() == null ? null : person.language().code();
            case REMARKS -> form.remarks();
        };
        if (value instanceof JsonText remarks) {
            // Never blank: a form keeps blank remarks as none.
            return Optional.of(remarks);
        }
        String text = value == null ? null : value.toString();
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
