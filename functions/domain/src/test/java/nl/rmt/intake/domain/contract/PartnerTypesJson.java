package nl.rmt.intake.domain.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The allow-lists as routing/partner-types.json states them: the one source the contract's documents must follow. */
final class PartnerTypesJson {

    private PartnerTypesJson() {
    }

    /** @return partner type to its person fields, both in the file's order */
    static Map<String, List<String>> personFieldsByType() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Contract.classpathJson(PartnerTypeSchemas.PARTNER_TYPES).get("types").properties()
                .forEach(type -> fields.put(type.getKey(), PartnerTypeSchemas.personFields(type.getValue())));
        return fields;
    }
}
