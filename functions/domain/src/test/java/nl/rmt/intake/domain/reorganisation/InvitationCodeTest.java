package nl.rmt.intake.domain.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationCodeTest {

    @Test
    void generatesTwelveCharactersOfTheUnambiguousAlphabet() {
        Random random = new Random(11);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = InvitationCode.generate(random);
            assertThat(code).hasSize(12).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]+");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void hasEnoughCodesThatAYearOfThrottledGuessesAtAThousandOpenInvitationsHitsOneBelowOneInAMillion() {
        double codes = Math.pow(InvitationCode.ALPHABET.length(), InvitationCode.LENGTH);
        double guessesInAYear = 10.0 * 365 * 24 * 3600;

        assertThat(guessesInAYear * 1000 / codes).isLessThan(1e-6);
        assertThat(InvitationCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void takesACodeTypedInLowerCaseWithSpacesOrDashes() {
        assertThat(InvitationCode.normalise("k7qm-4xwd-p3ra")).contains("K7QM4XWDP3RA");
        assertThat(InvitationCode.normalise(" K7QM 4XWD P3RA ")).contains("K7QM4XWDP3RA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "K7QM4XWDP3R", "K7QM4XWDP3RAA", "K7QM4XWDP3R0", "K7QM4XWDP3RI",
            "K7QM4XWD/P3RA", "K7QM4XWDP3R\u00c5", "%00K7QM4XWDP3R"})
    void refusesAnythingElseWithoutGuessingAtLookAlikes(String typed) {
        assertThat(InvitationCode.normalise(typed)).isEmpty();
    }

    @Test
    void refusesNullAndOverlongInput() {
        assertThat(InvitationCode.normalise(null)).isEmpty();
        assertThat(InvitationCode.normalise("K7QM4XWDP3RA" + " ".repeat(40))).isEmpty();
    }

    @Test
    void isValidThroughItsLastDayOnlyInItsOwnRegionAndNeverOnceClosed() {
        LocalDate last = LocalDate.of(2027, 6, 30);
        Invitation open = new Invitation("K7QM4XWDP3RA", "reo-1", "AM23", "X BV", "12345678", "C", LocalDate.of(2027, 3, 1),
                last, false);
        Invitation closed = new Invitation("K7QM4XWDP3RA", "reo-1", "AM23", "X BV", "12345678", "C", LocalDate.of(2027, 3, 1),
                last, true);

        assertThat(open.standing(last, "AM23")).isEqualTo(InvitationStanding.VALID);
        assertThat(open.standing(last.plusDays(1), "AM23")).isEqualTo(InvitationStanding.EXPIRED);
        assertThat(open.standing(last, "AM18")).isEqualTo(InvitationStanding.UNKNOWN);
        assertThat(closed.standing(last.minusDays(30), "AM23")).isEqualTo(InvitationStanding.CLOSED);
        assertThat(closed.standing(last.plusDays(1))).isEqualTo(InvitationStanding.CLOSED);
        assertThat(InvitationStanding.EXPIRED.error().name()).isEqualTo("INVITATION_EXPIRED");
        assertThat(InvitationStanding.VALID.error()).isNull();
    }
}
