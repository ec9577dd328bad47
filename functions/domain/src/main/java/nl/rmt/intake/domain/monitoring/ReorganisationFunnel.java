package nl.rmt.intake.domain.monitoring;

import java.util.Collection;
import nl.rmt.intake.domain.reorganisation.Funnel;
import nl.rmt.intake.domain.reorganisation.FunnelCase;

/**
 * The preventive route's funnel as monitoring counts it, exact and unsuppressed: the jobs the reorganisations put at
 * risk, the intakes through their invitations (withdrawn ones included, as monitoring's intakes are), and the
 * employer view's funnel of those intakes ({@link Funnel}: applications, the ones the person did not withdraw, are
 * in coaching, moved to work, to training or other).
 *
 * @param invitedJobs the jobs affected, as the desk registered them
 */
public record ReorganisationFunnel(long invitedJobs, long intakes, long applications, long inCoaching,
        long movedToWork, long toTraining, long other) {

    public static final ReorganisationFunnel NONE = new ReorganisationFunnel(0, 0, 0, 0, 0, 0, 0);

    /** @param cases the reorganisation's cases submitted in the period */
    public static ReorganisationFunnel of(int invitedJobs, Collection<FunnelCase> cases) {
        Funnel funnel = Funnel.of(cases);
        return new ReorganisationFunnel(invitedJobs, cases.size(), funnel.applications(), funnel.inCoaching(),
                funnel.movedToWork(), funnel.toTraining(), funnel.other());
    }

    public ReorganisationFunnel plus(ReorganisationFunnel other) {
        return new ReorganisationFunnel(invitedJobs + other.invitedJobs, intakes + other.intakes,
                applications + other.applications, inCoaching + other.inCoaching, movedToWork + other.movedToWork,
                toTraining + other.toTraining, this.other + other.other);
    }
}
