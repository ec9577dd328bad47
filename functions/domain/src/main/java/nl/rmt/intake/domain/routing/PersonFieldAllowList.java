package nl.rmt.intake.domain.routing;

import java.util.Set;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * The person fields one partner type may receive.
 *
 * @param why the reason the type needs these fields, as documented in {@code routing/partner-types.json}
 */
public record PersonFieldAllowList(PartnerType type, Set<PersonField> fields, String why) {

    public PersonFieldAllowList {
        fields = Set.copyOf(fields);
    }

    public boolean allows(PersonField field) {
        return fields.contains(field);
    }
}
