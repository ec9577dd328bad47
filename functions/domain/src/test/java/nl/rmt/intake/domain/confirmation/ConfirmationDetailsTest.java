package nl.rmt.intake.domain.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.PartnerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmationDetailsTest {

    private static ConfirmationDetails withUrl(String url) {
        return new ConfirmationDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 5, List.of(PartnerType.UWV), url, "K7P2");
    }

    private static ConfirmationDetails withDays(int days) {
        return new ConfirmationDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", days, List.of(PartnerType.UWV),
                "https://rmt.example/w", "K7P2");
    }

    private static ConfirmationDetails withTypes(PartnerType... types) {
        return new ConfirmationDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 5, Arrays.asList(types),
                "https://rmt.example/w", "K7P2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://rmt.example/w", "http://localhost:3000/w"})
    void aWebAddressIsAcceptedForWithdrawal(String url) {
        assertThat(withUrl(url).withdrawalUrl()).isEqualTo(url);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"javascript:alert(1)", "ftp://rmt.example/w", "rmt.example/w"})
    void anythingButAWebAddressIsRefusedForWithdrawal(String url) {
        assertThatThrownBy(() -> withUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atLeastOneWorkingDayIsPromised() {
        assertThat(withDays(1).contactWithinWorkingDays()).isEqualTo(1);
        assertThatThrownBy(() -> withDays(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReferenceMustBeAPublicReference() {
        assertThatThrownBy(() -> new ConfirmationDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P\r\nBcc: x", "UWV", 5,
                List.of(PartnerType.UWV), "https://rmt.example/w", "K7P2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void someoneReceivedTheData() {
        assertThatThrownBy(ConfirmationDetailsTest::withTypes).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPartnerTypeIsListedOnceInTheOrderGiven() {
        assertThat(withTypes(PartnerType.UWV, PartnerType.RMT, PartnerType.UWV).partnerTypesReceived())
                .containsExactly(PartnerType.UWV, PartnerType.RMT);
    }

    @Test
    void aMissingNameOrCodeIsRefusedWithoutRepeatingAnyValue() {
        assertThatThrownBy(() -> new ConfirmationDetails(Language.NL, " ", "RMT-7KQ4-XM2P", "UWV", 5,
                List.of(PartnerType.UWV), "https://rmt.example/w", "K7P2")).hasMessage("givenName is required");
        assertThatThrownBy(() -> new ConfirmationDetails(Language.NL, "Noor", "RMT-7KQ4-XM2P", "UWV", 5,
                List.of(PartnerType.UWV), "https://rmt.example/w", null)).hasMessage("withdrawalCode is required");
    }

    @Test
    void theTextFormHoldsNoPersonalDataOrSecret() {
        ConfirmationDetails details = withTypes(PartnerType.UWV);

        assertThat(details.toString()).doesNotContain("Noor", "K7P2", "RMT-7KQ4-XM2P");
        assertThat(new ConfirmationComposer().compose(details).toString()).doesNotContain("Noor", "K7P2");
    }
}
