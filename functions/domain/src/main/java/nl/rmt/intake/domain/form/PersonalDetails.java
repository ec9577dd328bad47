package nl.rmt.intake.domain.form;

import java.time.LocalDate;

/**
 * @param phone            E.164 ({@code +31612345678}) or null
 * @param postcode         normalised {@code 1234 AB} or null
 * @param homeMunicipality CBS code {@code GMxxxx} or null
 */
public record PersonalDetails(
        String givenName,
        String familyName,
        String email,
        String phone,
        LocalDate dateOfBirth,
        String postcode,
        String homeMunicipality,
        Language language) {

    /** @return the age in completed years on {@code day}; see {@link Age#on} */
    public int ageOn(LocalDate day) {
        return Age.on(dateOfBirth, day);
    }
}
