package nl.rmt.intake.application;

import java.util.Set;
import nl.rmt.intake.domain.casefile.CaseStatus;

public sealed interface RerouteOutcome {

    record Rerouted(String caseId, String leadPartnerId, int round) implements RerouteOutcome {
    }

    /** The case is not in the desk's region, or does not exist. */
    record NotFound() implements RerouteOutcome {
    }

    /** The partner cannot take the case: unknown, not serving the region, the current lead, or no consent. */
    record PartnerRefused(String why) implements RerouteOutcome {
    }

    record InvalidTransition(CaseStatus from, Set<CaseStatus> allowed) implements RerouteOutcome {
        public InvalidTransition {
            allowed = Set.copyOf(allowed);
        }
    }
}
