package nl.rmt.intake.domain.routing;

import java.util.List;
import nl.rmt.intake.domain.classification.TargetGroup;

/**
 * A partner that gets one message about a case.
 *
 * @param because the groups that made this partner a recipient (empty for a lead chosen by the fallback rule)
 */
public record Recipient(Partner partner, Role role, List<TargetGroup> because) {
    public Recipient {
        because = List.copyOf(because);
    }
}
