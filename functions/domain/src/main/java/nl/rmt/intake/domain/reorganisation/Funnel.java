package nl.rmt.intake.domain.reorganisation;

import java.util.Collection;
import nl.rmt.intake.domain.casefile.CaseStatus;
import nl.rmt.intake.domain.feedback.Outcome;

/**
 * The exact counts of a reorganisation's cases, for the desk; the employer sees them only through
 * {@link EmployerCounts}. {@code applications} (every case not withdrawn by the person) is the sum of the other four:
 * in coaching (the lead accepted or contacted, not closed), moved to work and to training (closed with that
 * outcome), and other (not yet taken up, handed back, escalated, or closed otherwise).
 */
public record Funnel(int applications, int inCoaching, int movedToWork, int toTraining, int other) {

    public static Funnel of(Collection<FunnelCase> cases) {
        int applications = 0;
        int inCoaching = 0;
        int movedToWork = 0;
        int toTraining = 0;
        for (FunnelCase c : cases) {
            if (c.status() == CaseStatus.WITHDRAWN) {
                continue;
            }
            applications++;
            if (c.status() == CaseStatus.ACCEPTED || c.status() == CaseStatus.CONTACTED) {
                inCoaching++;
            } else if (c.status() == CaseStatus.CLOSED && c.outcome() == Outcome.WORK) {
                movedToWork++;
            } else if (c.status() == CaseStatus.CLOSED && c.outcome() == Outcome.TRAINING) {
                toTraining++;
            }
        }
        return new Funnel(applications, inCoaching, movedToWork, toTraining,
                applications - inCoaching - movedToWork - toTraining);
    }
}
