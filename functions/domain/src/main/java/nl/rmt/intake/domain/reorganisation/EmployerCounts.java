package nl.rmt.intake.domain.reorganisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The funnel as an employer (and the desk's printout for it) may see it. The group is small and known to the
 * employer, so whether a given employee applied must not show:
 * <ul>
 *   <li>every count of applicants below {@link #THRESHOLD}, 0 included, is shown as "fewer than 5";</li>
 *   <li>applications = inCoaching + movedToWork + toTraining + other, so where a hidden cell could still be worked
 *   out from the shown ones (one hidden part; hidden parts that can only add up one way, such as all zero or all
 *   four), the smallest shown part is withheld as well, and if none is left, the applications too.</li>
 * </ul>
 * {@code invitedJobs} is the registered number of jobs, not about applicants, and always shown.
 */
public record EmployerCounts(FunnelCell invitedJobs, FunnelCell applications, FunnelCell inCoaching,
        FunnelCell movedToWork, FunnelCell toTraining, FunnelCell other) {

    public static final int THRESHOLD = 5;

    private static final int APPLICATIONS = 0;

    public static EmployerCounts of(int invitedJobs, Funnel funnel) {
        int[] values = {funnel.applications(), funnel.inCoaching(), funnel.movedToWork(), funnel.toTraining(),
                funnel.other()};
        Hidden[] hidden = new Hidden[values.length];
        for (int i = 0; i < values.length; i++) {
            hidden[i] = values[i] < THRESHOLD ? Hidden.SMALL : Hidden.NO;
        }
        while (hidden[APPLICATIONS] == Hidden.NO && aHiddenPartIsDerivable(values, hidden)) {
            int next = smallestShownPart(values, hidden);
            hidden[next < 0 ? APPLICATIONS : next] = Hidden.WITHHELD;
        }
        FunnelCell[] cells = new FunnelCell[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = switch (hidden[i]) {
                case NO -> FunnelCell.shown(values[i]);
                case SMALL -> FunnelCell.small();
                case WITHHELD -> FunnelCell.withheldCell();
            };
        }
        return new EmployerCounts(FunnelCell.shown(invitedJobs), cells[0], cells[1], cells[2], cells[3], cells[4]);
    }

    /**
     * Whether a reader who knows the shown cells and what each mark means (small: 0 to 4; withheld: 5 or more, at
     * most the applications) can pin a hidden part to one value.
     */
    static boolean aHiddenPartIsDerivable(int[] values, Hidden[] hidden) {
        int hiddenSum = values[APPLICATIONS];
        List<Integer> hiddenParts = new ArrayList<>();
        for (int i = APPLICATIONS + 1; i < values.length; i++) {
            if (hidden[i] == Hidden.NO) {
                hiddenSum -= values[i];
            } else {
                hiddenParts.add(i);
            }
        }
        for (int part : hiddenParts) {
            int othersLow = 0;
            int othersHigh = 0;
            for (int other : hiddenParts) {
                if (other != part) {
                    othersLow += low(hidden[other]);
                    othersHigh += high(hidden[other], values[APPLICATIONS]);
                }
            }
            int from = Math.max(low(hidden[part]), hiddenSum - othersHigh);
            int to = Math.min(high(hidden[part], values[APPLICATIONS]), hiddenSum - othersLow);
            if (from == to) {
                return true;
            }
        }
        return false;
    }

    private static int smallestShownPart(int[] values, Hidden[] hidden) {
        int smallest = -1;
        for (int i = APPLICATIONS + 1; i < values.length; i++) {
            if (hidden[i] == Hidden.NO && (smallest < 0 || values[i] < values[smallest])) {
                smallest = i;
            }
        }
        return smallest;
    }

    private static int low(Hidden hidden) {
        return hidden == Hidden.WITHHELD ? THRESHOLD : 0;
    }

    private static int high(Hidden hidden, int applications) {
        return hidden == Hidden.WITHHELD ? applications : THRESHOLD - 1;
    }

    enum Hidden { NO, SMALL, WITHHELD }
}
