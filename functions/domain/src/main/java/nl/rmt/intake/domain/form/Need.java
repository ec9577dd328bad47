package nl.rmt.intake.domain.form;

public enum Need {
    WORK, CAREER_ADVICE, TRAINING, DEBT_HELP, LANGUAGE, INCOME_SUPPORT
}
