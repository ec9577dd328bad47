package nl.rmt.intake.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusChangeTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void everyChangeNamesWhoMadeIt(String actor) {
        assertThatThrownBy(() -> new StatusChange(CaseStatus.ROUTED, CaseStatus.ACCEPTED, actor, AT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyChangeHasATargetAndATime() {
        assertThatThrownBy(() -> new StatusChange(CaseStatus.ROUTED, null, "partner:uwv", AT, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StatusChange(CaseStatus.ROUTED, CaseStatus.ACCEPTED, "partner:uwv", null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theCreationChangeStartsFromNothingIntoSubmitted() {
        StatusChange creation = StatusChange.creation("citizen", AT);

        assertThat(creation.from()).isNull();
        assertThat(creation.to()).isEqualTo(CaseStatus.SUBMITTED);
        assertThat(creation.at()).isEqualTo(AT);
    }

    @Test
    void theTextFormLeavesOutTheFreeTextReason() {
        StatusChange change = new StatusChange(CaseStatus.ROUTED, CaseStatus.REJECTED, "partner:uwv", AT, "lives in Spain now");

        assertThat(change.toString()).contains("ROUTED", "REJECTED", "partner:uwv").doesNotContain("Spain");
    }

    @Test
    void theTextFormLeavesOutThePartnersNote() {
        StatusChange change = new StatusChange(
                CaseStatus.ROUTED, CaseStatus.REJECTED, "partner:uwv", AT, "handed back", "moved to Spain");

        assertThat(change.toString()).doesNotContain("Spain").doesNotContain("handed back");
        assertThat(change.note()).isEqualTo("moved to Spain");
    }

    @Test
    void aChangeWithoutANoteHasNone() {
        assertThat(new StatusChange(CaseStatus.ROUTED, CaseStatus.ACCEPTED, "partner:uwv", AT, "accepted").note()).isNull();
    }
}
