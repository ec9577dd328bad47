package nl.rmt.intake.domain.form;

import java.time.LocalDate;
import java.util.Optional;

/** Checks and normalises the {@code situation} section. */
final class SituationCheck {

    // Wide enough for any real contract, narrow enough to catch a typo in the year.
    static final LocalDate EARLIEST_WORK_END_DATE = LocalDate.of(1950, 1, 1);
    static final int LATEST_WORK_END_YEARS_AHEAD = 10;

    private final LocalDate today;
    private final FieldErrors errors;

    SituationCheck(LocalDate today, FieldErrors errors) {
        this.today = today;
        this.errors = errors;
    }

    /** @return the normalised situation, or null when any field has an error */
    Situation check(IntakeSubmission.Situation situation) {
        int errorsBefore = errors.count();
        WorkStatus workStatus = requiredChoice(WorkStatus.class, situation.workStatus(), "situation.workStatus");
        LocalDate workEndDate = workEndDate(situation.workEndDate());
        Benefit benefit = requiredChoice(Benefit.class, situation.benefit(), "situation.benefit");
        Situation checked = new Situation(workStatus, workEndDate, benefit,
                isTrue(situation.inBanenafspraakRegister()),
                isTrue(situation.hasBasicQualification()),
                isTrue(situation.statusHolder()));
        return errors.count() == errorsBefore ? checked : null;
    }

    private <E extends Enum<E>> E requiredChoice(Class<E> type, String typed, String field) {
        if (FreeText.trimToNull(typed) == null) {
            errors.add(field, ErrorCode.REQUIRED);
            return null;
        }
        Optional<E> choice = EnumValues.parse(type, typed);
        if (choice.isEmpty()) {
            errors.add(field, ErrorCode.UNKNOWN_VALUE, EnumValues.allowed(type));
        }
        return choice.orElse(null);
    }

    private LocalDate workEndDate(String typed) {
        String field = "situation.workEndDate";
        String text = FreeText.trimToNull(typed);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = IsoDates.parse(text);
        LocalDate latest = today.plusYears(LATEST_WORK_END_YEARS_AHEAD);
        if (date.isEmpty()) {
            errors.add(field, ErrorCode.INVALID_DATE);
        } else if (date.get().isBefore(EARLIEST_WORK_END_DATE) || date.get().isAfter(latest)) {
            errors.add(field, ErrorCode.DATE_OUT_OF_RANGE, EARLIEST_WORK_END_DATE, latest);
        } else {
            return date.get();
        }
        return null;
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
