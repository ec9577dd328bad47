package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.DataChecks.require;
import static nl.rmt.intake.domain.routing.DataChecks.requirePresent;
import static nl.rmt.intake.domain.routing.DataChecks.requireText;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.routing.RoutingFiles.AllowListEntry;
import nl.rmt.intake.domain.routing.RoutingFiles.PartnerTypesFile;

/** Turns {@code partner-types.json} into one allow-list per partner type; a type without one could not be sent to. */
final class PersonFieldAllowListReader {

    static final String FILE = "partner-types.json";

    private PersonFieldAllowListReader() {
    }

    static Map<PartnerType, PersonFieldAllowList> read(PartnerTypesFile file) {
        Map<PartnerType, AllowListEntry> entries = requirePresent(file.types(), FILE + ": types is missing");
        Map<PartnerType, PersonFieldAllowList> allowLists = new EnumMap<>(PartnerType.class);
        for (PartnerType type : PartnerType.values()) {
            AllowListEntry entry = requirePresent(entries.get(type), FILE + ": no allow-list for partner type " + type);
            String at = FILE + ": " + type;
            String why = requireText(entry.why(), at + " has no 'why'");
            Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
            for (String name : requirePresent(entry.personFields(), at + " has no personFields")) {
                PersonField field = PersonField.fromJsonName(name)
                        .orElseThrow(() -> new RoutingDataException(at + ": unknown person field '" + name + "'"));
                require(fields.add(field), at + " lists person field '" + name + "' twice");
            }
            Set<ReorganisationField> reorganisationFields = EnumSet.noneOf(ReorganisationField.class);
            for (String name : DataChecks.orEmpty(entry.reorganisationFields())) {
                ReorganisationField field = ReorganisationField.fromJsonName(name).orElseThrow(
                        () -> new RoutingDataException(at + ": unknown reorganisation field '" + name + "'"));
                require(reorganisationFields.add(field), at + " lists reorganisation field '" + name + "' twice");
            }
            allowLists.put(type, new PersonFieldAllowList(type, fields, why, reorganisationFields));
        }
        return allowLists;
    }
}
