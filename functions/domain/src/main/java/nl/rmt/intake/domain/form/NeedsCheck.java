package nl.rmt.intake.domain.form;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the {@code needs} list: every entry a known need, none twice. */
final class NeedsCheck {

    private final FieldErrors errors;

    NeedsCheck(FieldErrors errors) {
        this.errors = errors;
    }

    /** @param needs may be null: a citizen need not name any need */
    Set<Need> check(List<String> needs) {
        Set<Need> checked = EnumSet.noneOf(Need.class);
        if (needs == null) {
            return checked;
        }
        for (int i = 0; i < needs.size(); i++) {
            Optional<Need> need = EnumValues.parse(Need.class, needs.get(i));
            if (need.isEmpty()) {
                errors.add(field(i), ErrorCode.UNKNOWN_VALUE, EnumValues.allowed(Need.class));
            } else if (!checked.add(need.get())) {
                errors.add(field(i), ErrorCode.DUPLICATE_VALUE);
            }
        }
        return checked;
    }

    private static String field(int index) {
        return "needs[" + index + "]";
    }
}
