package nl.rmt.intake.domain.explanation;

import java.util.List;
import nl.rmt.intake.domain.routing.Wording;

/**
 * A routing decision in plain words, for the desk and the preview; the rule ids stay beside it for staff.
 *
 * @param lead             why the lead leads, e.g. "Lead: UWV, because you receive WW (unemployment benefit)."
 * @param referrals        why each referral was made, in the decision's order of referrals
 * @param skippedReferrals why each referral the rules asked for was not made, in the decision's order
 * @param needs            per need the citizen ticked, who helps with it, as the citizen is told
 */
public record DecisionExplanation(Wording lead, List<Wording> referrals, List<Wording> skippedReferrals,
        List<ExplainedNeed> needs) {

    public DecisionExplanation {
        referrals = List.copyOf(referrals);
        skippedReferrals = List.copyOf(skippedReferrals);
        needs = List.copyOf(needs);
    }

    /** One need, who helps with it, and the sentence that says so. */
    public record ExplainedNeed(NeedHelp help, Wording sentence) {
    }
}
