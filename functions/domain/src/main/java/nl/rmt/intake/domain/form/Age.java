package nl.rmt.intake.domain.form;

import java.time.LocalDate;
import java.time.Period;

/** Age in completed years, the way Dutch rules count it: a birthday counts from its own date. */
public final class Age {

    private Age() {
    }

    /**
     * Follows {@link Period} semantics, so someone born on 29 February turns a year older on 1 March in a year
     * without 29 February.
     *
     * @throws IllegalArgumentException when {@code day} is before the date of birth
     */
    public static int on(LocalDate dateOfBirth, LocalDate day) {
        if (day.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("the day is before the date of birth");
        }
        return Period.between(dateOfBirth, day).getYears();
    }
}
