package nl.rmt.intake.domain.routing;

import static nl.rmt.intake.domain.routing.IntakeForms.aForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.rmt.intake.domain.form.JsonText;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PersonalDetails;
import org.junit.jupiter.api.Test;

class PersonFieldTest {

    @Test
    void valuesAreTakenFromTheFormAsPartnersReceiveThem() {
        var form = aForm().person(new PersonalDetails("Noor", "de Vries", "noor@example.org", "+31612345678",
                LocalDate.of(1985, 4, 12), "1012 AB", "GM0363", Language.EN)).remarks("Graag bellen").build();

        assertThat(PersonField.GIVEN_NAME.valueIn(form)).contains("Noor");
        assertThat(PersonField.FAMILY_NAME.valueIn(form)).contains("de Vries");
        assertThat(PersonField.EMAIL.valueIn(form)).contains("noor@example.org");
        assertThat(PersonField.PHONE.valueIn(form)).contains("+31612345678");
        assertThat(PersonField.DATE_OF_BIRTH.valueIn(form)).contains("1985-04-12");
        assertThat(PersonField.POSTCODE.valueIn(form)).contains("1012 AB");
        assertThat(PersonField.HOME_MUNICIPALITY.valueIn(form)).contains("GM0363");
        assertThat(PersonField.LANGUAGE.valueIn(form)).contains("en");
        assertThat(PersonField.REMARKS.valueIn(form)).contains(JsonText.of("Graag bellen"));
    }

    @Test
    void fieldsTheCitizenLeftOutHaveNoValue() {
        var form = aForm().person(new PersonalDetails("Noor", "de Vries", "noor@example.org", null,
                LocalDate.of(1985, 4, 12), null, null, Language.NL)).remarks(null).build();

        assertThat(PersonField.PHONE.valueIn(form)).isEmpty();
        assertThat(PersonField.POSTCODE.valueIn(form)).isEmpty();
        assertThat(PersonField.HOME_MUNICIPALITY.valueIn(form)).isEmpty();
        assertThat(PersonField.REMARKS.valueIn(form)).isEmpty();
    }

    @Test
    void everyFieldIsFoundByItsJsonName() {
        for (PersonField field : PersonField.values()) {
            assertThat(PersonField.fromJsonName(field.jsonName())).contains(field);
        }
        assertThat(PersonField.fromJsonName("bsn")).isEmpty();
        assertThat(PersonField.fromJsonName("GIVEN_NAME")).isEmpty();
    }
}
