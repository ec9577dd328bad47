package nl.rmt.intake.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationPolicyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final EscalationPolicy policy = new EscalationPolicy(new WorkingDays(new DutchHolidays()));

    private static Instant amsterdam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }

    private static Instant startOf(String date) {
        return LocalDate.parse(date).atStartOfDay(AMSTERDAM).toInstant();
    }

    @Test
    void aLeadAssignedOnFridayAfternoonMayAcceptUntilTheEndOfTheNextFriday() {
        Instant assigned = amsterdam("2026-03-06T16:00:00");

        assertThat(policy.lastDayToAccept(assigned)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(policy.isOverdue(assigned, amsterdam("2026-03-13T23:59:59.999"))).isFalse();
        assertThat(policy.isOverdue(assigned, amsterdam("2026-03-14T00:00:00"))).isTrue();
    }

    @Test
    void theDayCountsInAmsterdamNotInUtc() {
        Instant assigned = amsterdam("2026-03-06T16:00:00");

        assertThat(policy.isOverdue(assigned, Instant.parse("2026-03-13T22:59:59Z"))).isFalse();
        assertThat(policy.isOverdue(assigned, Instant.parse("2026-03-13T23:00:00Z"))).isTrue();
    }

    @Test
    void theHourOfTheAssignmentDoesNotMatterOnlyItsDay() {
        assertThat(policy.lastDayToAccept(amsterdam("2026-03-06T00:00:00")))
                .isEqualTo(policy.lastDayToAccept(amsterdam("2026-03-06T23:59:59.999")));
    }

    @Test
    void anAssignmentAtTheWeekendCountsFromMonday() {
        assertThat(policy.lastDayToAccept(amsterdam("2026-03-07T10:00:00"))).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(policy.lastDayToAccept(amsterdam("2026-03-08T10:00:00"))).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(policy.lastDayToAccept(amsterdam("2026-03-09T10:00:00"))).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @ParameterizedTest(name = "{0}: assigned {1}, last day {2}")
    @CsvSource({
            "Easter (Good Friday and Easter Monday), 2026-04-02T09:00:00, 2026-04-13",
            "Koningsdag on a Monday, 2026-04-22T09:00:00, 2026-04-30",
            "Koningsdag moved to Saturday 26 April 2025 costs no working day, 2025-04-24T09:00:00, 2025-05-01",
            "Bevrijdingsdag, 2026-05-04T09:00:00, 2026-05-12",
            "Hemelvaartsdag, 2026-05-11T09:00:00, 2026-05-19",
            "Pinksteren, 2026-05-22T09:00:00, 2026-06-01",
            "Christmas and New Year, 2026-12-24T09:00:00, 2027-01-04"})
    void holidaysDoNotCountAsDaysToAccept(String why, String assigned, LocalDate lastDay) {
        assertThat(policy.lastDayToAccept(amsterdam(assigned))).isEqualTo(lastDay);
        assertThat(policy.isOverdue(amsterdam(assigned), lastDay.atTime(23, 59, 59).atZone(AMSTERDAM).toInstant()))
                .isFalse();
        assertThat(policy.isOverdue(amsterdam(assigned), lastDay.plusDays(1).atStartOfDay(AMSTERDAM).toInstant()))
                .isTrue();
    }

    @Test
    void withGoodFridayAsAWorkingDayEasterCostsOneDayLess() {
        EscalationPolicy goodFridayWorked = new EscalationPolicy(
                new WorkingDays(new DutchHolidays(EnumSet.of(Holiday.BEVRIJDINGSDAG))));

        assertThat(goodFridayWorked.lastDayToAccept(amsterdam("2026-04-02T09:00:00"))).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void anAssignmentJustBeforeMidnightBelongsToThatDayAlsoInSummerTime() {
        Instant lateThursday = Instant.parse("2025-10-23T21:59:59Z");
        Instant fridayMidnight = Instant.parse("2025-10-23T22:00:00Z");

        assertThat(policy.lastDayToAccept(lateThursday)).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(policy.lastDayToAccept(fridayMidnight)).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void afterTheClocksGoBackMidnightIsAnHourLaterInUtc() {
        Instant assigned = Instant.parse("2025-10-23T12:00:00Z");

        assertThat(policy.isOverdue(assigned, Instant.parse("2025-10-30T22:30:00Z"))).isFalse();
        assertThat(policy.isOverdue(assigned, Instant.parse("2025-10-30T23:00:00Z"))).isTrue();
    }

    @Test
    void aLeadIsNotOverdueWhenItWasJustAssignedOrTheClockIsBehind() {
        Instant assigned = amsterdam("2026-03-06T16:00:00");

        assertThat(policy.isOverdue(assigned, assigned)).isFalse();
        assertThat(policy.isOverdue(assigned, assigned.minusSeconds(60))).isFalse();
    }

    @Test
    void theNumberOfWorkingDaysIsConfigurableFromOne() {
        WorkingDays workingDays = new WorkingDays(new DutchHolidays());

        assertThat(new EscalationPolicy(workingDays, 1).lastDayToAccept(amsterdam("2026-03-06T16:00:00")))
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThatThrownBy(() -> new EscalationPolicy(workingDays, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EscalationPolicy.DEFAULT_WORKING_DAYS).isEqualTo(5);
        assertThat(policy.workingDays()).isEqualTo(5);
        assertThat(new EscalationPolicy(workingDays, 1).workingDays()).isEqualTo(1);
    }

    @Test
    void onTheSaturdayAfterTheDeadlineEverythingAssignedUpToThatWeekendIsOverdue() {
        Instant now = amsterdam("2026-03-14T00:00:00");

        assertThat(policy.overdueBefore(now)).isEqualTo(startOf("2026-03-09"));
    }

    @Test
    void onTheDeadlineItselfTheLastWeeksFridayIsNotYetOverdue() {
        Instant now = amsterdam("2026-03-13T12:00:00");

        assertThat(policy.overdueBefore(now)).isEqualTo(startOf("2026-03-06"));
        assertThat(policy.isOverdue(amsterdam("2026-03-06T16:00:00"), now)).isFalse();
        assertThat(policy.isOverdue(amsterdam("2026-03-05T23:59:59"), now)).isTrue();
    }

    @Test
    void assignmentsFromTheDayBeforeEasterUpToEasterMondayShareADeadlineSoBecomeOverdueTogether() {
        assertThat(policy.overdueBefore(amsterdam("2026-04-13T12:00:00"))).isEqualTo(startOf("2026-04-02"));
        assertThat(policy.overdueBefore(amsterdam("2026-04-14T00:00:00"))).isEqualTo(startOf("2026-04-07"));
        assertThat(policy.isOverdue(amsterdam("2026-04-06T23:59:59"), amsterdam("2026-04-14T00:00:00"))).isTrue();
    }

    @Test
    void theBoundAgreesWithIsOverdueJustBeforeAndAtIt() {
        for (String now : new String[] {"2026-03-14T00:00:00", "2026-04-14T09:00:00", "2027-01-05T00:00:00",
                "2025-10-31T23:59:59", "2025-11-01T00:00:00", "2026-03-30T08:00:00"}) {
            Instant bound = policy.overdueBefore(amsterdam(now));

            assertThat(policy.isOverdue(bound.minusNanos(1), amsterdam(now))).as(now).isTrue();
            assertThat(policy.isOverdue(bound, amsterdam(now))).as(now).isFalse();
        }
    }

    @Test
    void theBoundAgreesWithIsOverdueForEveryHourAcrossHolidaysAndClockChanges() {
        for (String period : new String[] {"2025-10-20T00:00:00", "2026-03-23T00:00:00", "2026-12-18T00:00:00"}) {
            Instant start = amsterdam(period);
            for (Instant now = start; now.isBefore(start.plus(Duration.ofDays(21))); now = now.plus(Duration.ofHours(5))) {
                Instant bound = policy.overdueBefore(now);
                for (Instant assigned = start.minus(Duration.ofDays(14)); !assigned.isAfter(now);
                        assigned = assigned.plus(Duration.ofMinutes(90))) {
                    assertThat(policy.isOverdue(assigned, now)).as("assigned %s, now %s", assigned, now)
                            .isEqualTo(assigned.isBefore(bound));
                }
            }
        }
    }
}
