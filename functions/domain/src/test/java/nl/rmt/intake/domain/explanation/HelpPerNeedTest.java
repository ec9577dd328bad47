package nl.rmt.intake.domain.explanation;

import static nl.rmt.intake.domain.explanation.Forms.TRIAGE;
import static nl.rmt.intake.domain.explanation.Forms.aForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.PartnerType;
import nl.rmt.intake.domain.form.WorkStatus;
import nl.rmt.intake.domain.routing.Role;
import org.junit.jupiter.api.Test;

class HelpPerNeedTest {

    private final HelpPerNeed helpPerNeed = new HelpPerNeed(TRIAGE.routingData());

    private List<NeedHelp> help(Forms form, String deskRegion) {
        return helpPerNeed.of(form.decisionAt(deskRegion), form.build());
    }

    private static String helperId(NeedHelp help) {
        return help.helperIfAny().map(helper -> helper.partner().id()).orElse(null);
    }

    private static Role role(NeedHelp help) {
        return help.helperIfAny().map(helper -> helper.role()).orElse(null);
    }

    @Test
    void everyNeedOfTheFormIsAnsweredOnceInTheFormsOrder() {
        Forms form = aForm().livingIn("GM0363").benefit(Benefit.WW).statusHolder().needs(Need.values());

        assertThat(help(form, "AM18"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, HelpPerNeedTest::role)
                .containsExactly(
                        tuple(Need.WORK, "uwv", Role.LEAD),
                        tuple(Need.CAREER_ADVICE, "uwv", Role.LEAD),
                        tuple(Need.TRAINING, "am18-onderwijs", Role.REFERRAL),
                        tuple(Need.DEBT_HELP, "am18-schuldhulp", Role.REFERRAL),
                        tuple(Need.LANGUAGE, "am18-onderwijs", Role.REFERRAL),
                        tuple(Need.INCOME_SUPPORT, "uwv", Role.LEAD));
    }

    @Test
    void noNeedTickedMeansNoHelpLines() {
        assertThat(help(aForm().livingIn("GM0363").benefit(Benefit.WW), "AM18")).isEmpty();
    }

    @Test
    void aNeedWhosePartnerTypeHadNoConsentIsTakenUpByNobodyAndSaysWhich() {
        Forms form = aForm().livingIn("GM0363").benefit(Benefit.WW).needs(Need.WORK, Need.DEBT_HELP)
                .withoutConsentFor(PartnerType.SCHULDHULP);

        assertThat(help(form, "AM18"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, NeedHelp::consentWithheldFor)
                .containsExactly(tuple(Need.WORK, "uwv", null), tuple(Need.DEBT_HELP, null, PartnerType.SCHULDHULP));
    }

    @Test
    void withoutConsentForTheLeadsTypeTheDeskTakesUpWorkButNotTheBenefit() {
        Forms form = aForm().livingIn("GM0363").benefit(Benefit.WW).needs(Need.WORK, Need.INCOME_SUPPORT)
                .withoutConsentFor(PartnerType.UWV);

        assertThat(help(form, "AM18"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, NeedHelp::consentWithheldFor)
                .containsExactly(tuple(Need.WORK, "rmt-am18", null), tuple(Need.INCOME_SUPPORT, null, PartnerType.UWV));
    }

    @Test
    void aNeedNoPartnerOfTheCaseHelpsWithIsTakenUpByNobodyWithoutBlamingConsent() {
        Forms form = aForm().livingIn("GM0363").workStatus(WorkStatus.AT_RISK).needs(Need.LANGUAGE, Need.WORK);

        assertThat(help(form, "AM18"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, NeedHelp::consentWithheldFor)
                .containsExactly(tuple(Need.WORK, "vakbonden", null), tuple(Need.LANGUAGE, null, null));
    }

    @Test
    void theDeskOfARegionWithoutDebtCounsellingTakesUpDebtsItWasReferredFor() {
        Forms form = aForm().benefit(Benefit.WW).needs(Need.DEBT_HELP);

        assertThat(help(form, "AM01"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, HelpPerNeedTest::role)
                .containsExactly(tuple(Need.DEBT_HELP, "rmt-am01", Role.REFERRAL));
    }

    @Test
    void theDeskStandingInForAMissingMunicipalityTakesUpIncome() {
        Forms form = aForm().benefit(Benefit.BIJSTAND).needs(Need.INCOME_SUPPORT);

        assertThat(help(form, "AM01"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, HelpPerNeedTest::role)
                .containsExactly(tuple(Need.INCOME_SUPPORT, "rmt-am01", Role.LEAD));
    }

    @Test
    void aReferralThatIsTheLeadsOwnPartnerIsTakenUpByTheLead() {
        Forms form = aForm().livingIn("GM0363").benefit(Benefit.BIJSTAND).statusHolder().needs(Need.LANGUAGE);

        assertThat(help(form, "AM18"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, HelpPerNeedTest::role)
                .containsExactly(tuple(Need.LANGUAGE, "am18-gemeente", Role.LEAD));
    }

    @Test
    void theDeskThatLeadsAndStandsInForDebtCounsellingTakesUpDebts() {
        Forms form = aForm().workStatus(WorkStatus.OTHER).needs(Need.DEBT_HELP);

        assertThat(help(form, "AM01"))
                .extracting(NeedHelp::need, HelpPerNeedTest::helperId, HelpPerNeedTest::role)
                .containsExactly(tuple(Need.DEBT_HELP, "rmt-am01", Role.LEAD));
    }
}
