package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.DataChecks.require;
import static nl.rmt.intake.domain.routing.DataChecks.requirePresent;
import static nl.rmt.intake.domain.routing.DataChecks.requireText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.routing.RoutingFiles.PartnerEntry;
import nl.rmt.intake.domain.routing.RoutingFiles.PartnersFile;

/** Turns {@code partners.json} into {@link Partners}, refusing entries a queue or a desk could not work with. */
final class PartnersReader {

    static final String FILE = "partners.json";
    private static final int MIN_CONTACT_DAYS = 1;
    private static final int MAX_CONTACT_DAYS = 20;

    private PartnersReader() {
    }

    static Partners read(PartnersFile file) {
        requireText(file.version(), FILE + ": version is missing");
        List<PartnerEntry> entries = requirePresent(file.partners(), FILE + ": partners is missing");
        List<Partner> partners = new ArrayList<>();
        Set<String> onlyWhenNamedByRule = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            PartnerEntry entry = requirePresent(entries.get(i), FILE + ": partners[" + i + "] is empty");
            Partner partner = partner(entry, FILE + ": partners[" + i + "]");
            partners.add(partner);
            if (Boolean.TRUE.equals(entry.onlyWhenNamedByRule())) {
                onlyWhenNamedByRule.add(partner.id());
            }
        }
        try {
            return new Partners(partners, onlyWhenNamedByRule);
        } catch (RoutingDataException e) {
            throw new RoutingDataException(FILE + ": " + e.getMessage(), e);
        }
    }

    private static Partner partner(PartnerEntry entry, String where) {
        String id = requireText(entry.id(), where + " has no id");
        require(DataChecks.ID.matcher(id).matches(), where + ": id '" + id + "' must be lowercase letters, digits and dashes");
        String at = FILE + ": partner '" + id + "'";
        requirePresent(entry.type(), at + " has no type");
        requirePresent(entry.displayName(), at + " has no displayName");
        Map<Language, String> displayName = new EnumMap<>(Language.class);
        displayName.put(Language.NL, requireText(entry.displayName().nl(), at + " has no Dutch displayName"));
        displayName.put(Language.EN, requireText(entry.displayName().en(), at + " has no English displayName"));
        String queue = requireText(entry.queue(), at + " has no queue");
        require(DataChecks.QUEUE.matcher(queue).matches(),
                at + ": queue '" + queue + "' must be 1 to 60 lowercase letters, digits and dashes");
        Integer days = entry.contactWithinWorkingDays();
        require(days != null && days >= MIN_CONTACT_DAYS && days <= MAX_CONTACT_DAYS,
                at + ": contactWithinWorkingDays must be between " + MIN_CONTACT_DAYS + " and " + MAX_CONTACT_DAYS);
        Set<String> regions = new LinkedHashSet<>();
        for (String region : DataChecks.orEmpty(entry.regions())) {
            require(region != null && DataChecks.REGION_CODE.matcher(region).matches(),
                    at + ": region '" + region + "' is not a code like AM18");
            require(regions.add(region), at + " lists region " + region + " twice");
        }
        return new Partner(id, entry.type(), displayName, queue, regions, days);
    }
}
