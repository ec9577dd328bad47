package nl.rmt.intake.domain.routing;

import java.util.Map;
import java.util.Set;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;

/**
 * A partner organisation with its own queue.
 *
 * @param id                       stable id, e.g. {@code uwv}, {@code rmt-am18}; also the message's partner id
 * @param queue                    queue name without stack prefix and without {@code .fifo}, e.g. {@code partner-uwv}
 * @param regions                  the regions it serves; empty when it serves all regions (national)
 * @param contactWithinWorkingDays how soon it contacts a citizen it leads for
 */
public record Partner(
        String id,
        PartnerType type,
        Map<Language, String> displayName,
        String queue,
        Set<String> regions,
        int contactWithinWorkingDays) {

    public Partner {
        displayName = Map.copyOf(displayName);
        regions = Set.copyOf(regions);
    }

    public boolean isNational() {
        return regions.isEmpty();
    }

    public String displayName(Language language) {
        return displayName.getOrDefault(language, displayName.get(Language.NL));
    }
}
