package nl.rmt.intake.domain.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmployerCountsTest {

    private static final FunnelCell SMALL = new FunnelCell(null, 5, null);
    private static final FunnelCell WITHHELD = new FunnelCell(null, null, true);

    private static FunnelCell count(int n) {
        return new FunnelCell(n, null, null);
    }

    private static List<FunnelCell> parts(EmployerCounts counts) {
        return List.of(counts.inCoaching(), counts.movedToWork(), counts.toTraining(), counts.other());
    }

    @Test
    void showsEveryCountOfFiveOrMore() {
        EmployerCounts counts = EmployerCounts.of(400, new Funnel(25, 5, 6, 7, 7));

        assertThat(counts).isEqualTo(new EmployerCounts(count(400), count(25), count(5), count(6), count(7),
                count(7)));
    }

    @Test
    void showsFourAndZeroApplicationsAlikeAsFewerThanFiveWithEveryPart() {
        for (Funnel funnel : List.of(new Funnel(4, 4, 0, 0, 0), new Funnel(0, 0, 0, 0, 0))) {
            EmployerCounts counts = EmployerCounts.of(40, funnel);

            assertThat(counts.invitedJobs()).isEqualTo(count(40));
            assertThat(counts.applications()).isEqualTo(SMALL);
            assertThat(parts(counts)).containsOnly(SMALL);
        }
    }

    @Test
    void withholdsTheSmallestShownPartWhenOneSmallPartWouldFollowFromTheTotal() {
        EmployerCounts counts = EmployerCounts.of(40, new Funnel(20, 8, 6, 1, 5));

        assertThat(counts.applications()).isEqualTo(count(20));
        assertThat(parts(counts)).containsExactly(count(8), count(6), SMALL, WITHHELD);
    }

    @Test
    void withholdsAPartWhenTheHiddenOnesCanOnlyBeZero() {
        EmployerCounts counts = EmployerCounts.of(40, new Funnel(7, 7, 0, 0, 0));

        assertThat(counts.applications()).isEqualTo(count(7));
        assertThat(parts(counts)).containsExactly(WITHHELD, SMALL, SMALL, SMALL);
    }

    @Test
    void withholdsAPartWhenTheHiddenOnesCanOnlyBeFourEach() {
        EmployerCounts counts = EmployerCounts.of(40, new Funnel(18, 5, 5, 4, 4));

        assertThat(counts.applications()).isEqualTo(count(18));
        assertThat(parts(counts)).containsExactly(WITHHELD, count(5), SMALL, SMALL);
    }

    @Test
    void leavesTheCountsAsTheyAreWhenTheHiddenPartsCanAddUpInSeveralWays() {
        EmployerCounts counts = EmployerCounts.of(40, new Funnel(7, 5, 1, 1, 0));

        assertThat(counts.applications()).isEqualTo(count(7));
        assertThat(parts(counts)).containsExactly(count(5), SMALL, SMALL, SMALL);
    }

    @Test
    void withholdsTheApplicationsWhenEveryPartIsHiddenAndTheyStillAddUpOneWay() {
        EmployerCounts counts = EmployerCounts.of(40, new Funnel(16, 4, 4, 4, 4));

        assertThat(counts.applications()).isEqualTo(WITHHELD);
        assertThat(parts(counts)).containsOnly(SMALL);
    }

    @Test
    void neverShowsACountBelowFiveAndNeverLetsAHiddenPartBeWorkedOut() {
        for (int a = 0; a <= 30; a++) {
            for (int c = 0; c <= a; c++) {
                for (int w = 0; w <= a - c; w++) {
                    for (int t = 0; t <= a - c - w; t++) {
                        int[] values = {a, c, w, t, a - c - w - t};
                        EmployerCounts counts = EmployerCounts.of(40, new Funnel(a, c, w, t, a - c - w - t));
                        List<FunnelCell> cells = List.of(counts.applications(), counts.inCoaching(),
                                counts.movedToWork(), counts.toTraining(), counts.other());
                        for (int i = 0; i < cells.size(); i++) {
                            FunnelCell cell = cells.get(i);
                            assertThat(cell.count() == null || cell.count() >= 5).isTrue();
                            assertThat(cell.fewerThan() == null || values[i] < 5).isTrue();
                            assertThat(cell.withheld() == null || values[i] >= 5).isTrue();
                        }
                        if (counts.applications().count() != null) {
                            assertThat(EmployerCounts.aHiddenPartIsDerivable(values, hidden(counts)))
                                    .as("%s", java.util.Arrays.toString(values)).isFalse();
                        }
                    }
                }
            }
        }
    }

    private static EmployerCounts.Hidden[] hidden(EmployerCounts counts) {
        return List.of(counts.applications(), counts.inCoaching(), counts.movedToWork(), counts.toTraining(),
                        counts.other()).stream()
                .map(cell -> cell.count() != null ? EmployerCounts.Hidden.NO
                        : cell.fewerThan() != null ? EmployerCounts.Hidden.SMALL : EmployerCounts.Hidden.WITHHELD)
                .toArray(EmployerCounts.Hidden[]::new);
    }
}
