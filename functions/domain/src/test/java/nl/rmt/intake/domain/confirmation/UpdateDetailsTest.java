package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import nl.rmt.intake.domain.form.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateDetailsTest {

    @Test
    void aPartnersRejectionReasonHasNoPlaceInTheEmail() {
        assertThat(Arrays.stream(UpdateDetails.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("language", "givenName", "reference", "newLeadDisplayName", "contactWithinWorkingDays",
                        "reason", "newLeadHelpsWith");
        assertThat(UpdateDetails.class.getRecordComponents()[5].getType()).isEqualTo(UpdateDetails.Reason.class);
        // The needs are the form's own values, never text a partner wrote.
        assertThat(UpdateDetails.class.getRecordComponents()[6].getGenericType().getTypeName())
                .isEqualTo("java.util.List<nl.rmt.intake.domain.form.Need>");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void theNameAndTheNewLeadAreRequired(String blank) {
        assertThatThrownBy(() -> new UpdateDetails(Language.NL, blank, "RMT-7KQ4-XM2P", "UWV", 5, UpdateDetails.Reason.REROUTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("givenName is required");
        assertThatThrownBy(() -> new UpdateDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", blank, 5, UpdateDetails.Reason.REROUTED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("newLeadDisplayName is required");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"rmt-7kq4-xm2p", "RMT-7KQ4-XM2", "RMT-0KQ4-XM2P"})
    void theReferenceMustBeCanonical(String reference) {
        assertThatThrownBy(() -> new UpdateDetails(Language.NL, "Noor", reference, "UWV", 5, UpdateDetails.Reason.REROUTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contactIsPromisedWithinAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> new UpdateDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 0, UpdateDetails.Reason.REROUTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new UpdateDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 1, UpdateDetails.Reason.REROUTED)
                .contactWithinWorkingDays()).isEqualTo(1);
    }

    @Test
    void languageAndReasonAreRequired() {
        assertThatThrownBy(() -> new UpdateDetails(null, "Noor", "RMT-7KQ4-XM2P", "UWV", 5, UpdateDetails.Reason.REROUTED))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new UpdateDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 5, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theTextLeavesOutPersonalData() {
        UpdateDetails details = new UpdateDetails(Language.EN, "Noor", "RMT-7KQ4-XM2P", "UWV", 5, UpdateDetails.Reason.ESCALATED);

        assertThat(details.toString()).contains("EN", "ESCALATED").doesNotContain("Noor", "RMT-7KQ4-XM2P");
    }
}
