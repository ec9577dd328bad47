package nl.rmt.intake.domain.confirmation;

import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.Need;

/** How a need reads after "Voor …:" or "For …:", in the citizen's language. */
public final class NeedNames {

    private NeedNames() {
    }

    public static String of(Need need, Language language) {
        return language == Language.NL ? dutch(need) : english(need);
    }

    private static String dutch(Need need) {
        return switch (need) {
            case WORK -> "werk";
            case CAREER_ADVICE -> "loopbaanadvies";
            case TRAINING -> "scholing";
            case DEBT_HELP -> "schulden";
            case LANGUAGE -> "Nederlands leren";
            case INCOME_SUPPORT -> "inkomen";
        };
    }

    private static String english(Need need) {
        return switch (need) {
            case WORK -> "work";
            case CAREER_ADVICE -> "career advice";
            case TRAINING -> "training";
            case DEBT_HELP -> "debts";
            case LANGUAGE -> "learning Dutch";
            case INCOME_SUPPORT -> "income";
        };
    }
}
