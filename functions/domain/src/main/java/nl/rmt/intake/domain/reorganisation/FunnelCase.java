package nl.rmt.intake.domain.reorganisation;

import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.feedback.Outcome;

/** What the funnel needs of one case of a reorganisation: nothing personal. */
public record FunnelCase(CaseStatus status, Outcome outcome) {
}
