package nl.rmt.intake.domain.form;

import java.time.LocalDate;

/** @param workEndDate the date current work ends, or null */
public record Situation(
        WorkStatus workStatus,
        LocalDate workEndDate,
        Benefit benefit,
        boolean inBanenafspraakRegister,
        boolean hasBasicQualification,
        boolean statusHolder) {
}
