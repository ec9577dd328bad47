package nl.rmt.intake.domain.reorganisation;

/**
 * One count as the employer sees it: exactly one of the three is set.
 *
 * @param count     the number, when it is safe to show
 * @param fewerThan {@link EmployerCounts#THRESHOLD}: the number is below it (0 included)
 * @param withheld  true: the number is not below the threshold, but it is withheld so that no small number can be
 *                  worked out from the total
 */
public record FunnelCell(Integer count, Integer fewerThan, Boolean withheld) {

    static FunnelCell shown(int count) {
        return new FunnelCell(count, null, null);
    }

    static FunnelCell small() {
        return new FunnelCell(null, EmployerCounts.THRESHOLD, null);
    }

    static FunnelCell withheldCell() {
        return new FunnelCell(null, null, true);
    }
}
