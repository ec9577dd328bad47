package nl.rmt.intake.domain.classification;

public enum TargetGroup {
    YOUTH, ZZP, JOBBANK, AT_RISK_EMPLOYEE, JOBSEEKER, DEBT, TRAINING, NEWCOMER
}
