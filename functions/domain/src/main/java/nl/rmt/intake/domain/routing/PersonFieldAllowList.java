package nl.rmt.intake.domain.routing;

import java.util.Set;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * The person fields one partner type may receive.
 *
 * @param why                  the reason the type needs these fields, as documented in {@code routing/partner-types.json}
 * @param reorganisationFields what a lead of this type is told of the reorganisation a case came through
 */
public record PersonFieldAllowList(PartnerType type, Set<PersonField> fields, String why,
        Set<ReorganisationField> reorganisationFields) {

    public PersonFieldAllowList(PartnerType type, Set<PersonField> fields, String why) {
        this(type, fields, why, Set.of());
    }

    public PersonFieldAllowList {
        fields = Set.copyOf(fields);
        reorganisationFields = Set.copyOf(reorganisationFields);
    }

    public boolean allows(PersonField field) {
        return fields.contains(field);
    }
}
