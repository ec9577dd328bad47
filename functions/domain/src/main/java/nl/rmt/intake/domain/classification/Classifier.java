package nl.rmt.intake.domain.classification;

import java.time.LocalDate;
import java.util.List;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.Situation;
import nl.rmt.intake.domain.form.WorkStatus;

/**
 * Puts a person in every target group that applies, each with the reasons for desk staff. Reasons name only rules
 * and form choices, never personal data.
 */
public final class Classifier {

    static final int AT_RISK_HORIZON_MONTHS = 6;

    private static final TargetGroup[] GROUPS = TargetGroup.values();

    // The reasons are the same for every form, so they are written once.
    private static final String SELF_EMPLOYED = "work status " + WorkStatus.SELF_EMPLOYED;
    private static final String BBZ = "benefit " + Benefit.BBZ;
    private static final String IN_REGISTER = "in the Banenafspraak target-group register";
    private static final String WAJONG = "benefit " + Benefit.WAJONG;
    private static final String AT_RISK = "work status " + WorkStatus.AT_RISK;
    private static final String WORK_ENDING_SOON = "work status " + WorkStatus.EMPLOYED + " and work ends within "
            + AT_RISK_HORIZON_MONTHS + " months of the intake date";
    private static final String UNEMPLOYED = "work status " + WorkStatus.UNEMPLOYED;
    private static final String DEBT_HELP = "need " + Need.DEBT_HELP;
    private static final String TRAINING = "need " + Need.TRAINING;
    private static final String STATUS_HOLDER = "status holder";

    /**
     * @param intakeDate    the Europe/Amsterdam date of the intake, see {@link IntakeDate}
     * @param youthAgeLimit the age from which someone is no longer youth; a per-region setting
     * @return one assignment per group that applies, in {@link TargetGroup} declaration order
     */
    public List<GroupAssignment> classify(IntakeForm form, LocalDate intakeDate, int youthAgeLimit) {
        if (youthAgeLimit <= 0) {
            throw new IllegalArgumentException("youth age limit must be positive");
        }
        Situation situation = form.situation();
        // Per group in declaration order, its reasons joined by "; ".
        String[] reasons = new String[GROUPS.length];
        boolean youth = form.person().ageOn(intakeDate) < youthAgeLimit;
        String youthReason = youth ? "younger than " + youthAgeLimit + " on the intake date" : null;

        addIf(youth, reasons, TargetGroup.YOUTH, youthReason);
        addIf(situation.workStatus() == WorkStatus.SELF_EMPLOYED, reasons, TargetGroup.ZZP, SELF_EMPLOYED);
        addIf(situation.benefit() == Benefit.BBZ, reasons, TargetGroup.ZZP, BBZ);
        addIf(situation.inBanenafspraakRegister(), reasons, TargetGroup.JOBBANK, IN_REGISTER);
        addIf(situation.benefit() == Benefit.WAJONG, reasons, TargetGroup.JOBBANK, WAJONG);
        addIf(situation.workStatus() == WorkStatus.AT_RISK, reasons, TargetGroup.AT_RISK_EMPLOYEE, AT_RISK);
        addIf(employedWithWorkEndingSoon(situation, intakeDate), reasons, TargetGroup.AT_RISK_EMPLOYEE,
                WORK_ENDING_SOON);
        addIf(situation.workStatus() == WorkStatus.UNEMPLOYED, reasons, TargetGroup.JOBSEEKER, UNEMPLOYED);
        addIf(form.needs().contains(Need.DEBT_HELP), reasons, TargetGroup.DEBT, DEBT_HELP);
        addIf(form.needs().contains(Need.TRAINING), reasons, TargetGroup.TRAINING, TRAINING);
        if (youth && !situation.hasBasicQualification()) {
            addIf(true, reasons, TargetGroup.TRAINING, youthReason + " and without a basic qualification");
        }
        addIf(situation.statusHolder(), reasons, TargetGroup.NEWCOMER, STATUS_HOLDER);

        int count = 0;
        for (String reason : reasons) {
            count += reason == null ? 0 : 1;
        }
        GroupAssignment[] assignments = new GroupAssignment[count];
        count = 0;
        for (TargetGroup group : GROUPS) {
            if (reasons[group.ordinal()] != null) {
                assignments[count++] = new GroupAssignment(group, reasons[group.ordinal()]);
            }
        }
        return List.of(assignments);
    }

    private static boolean employedWithWorkEndingSoon(Situation situation, LocalDate intakeDate) {
        LocalDate workEnds = situation.workEndDate();
        return situation.workStatus() == WorkStatus.EMPLOYED
                && workEnds != null
                && !workEnds.isBefore(intakeDate)
                && !workEnds.isAfter(intakeDate.plusMonths(AT_RISK_HORIZON_MONTHS));
    }

    private static void addIf(boolean applies, String[] reasons, TargetGroup group, String reason) {
        if (applies) {
            String earlier = reasons[group.ordinal()];
            reasons[group.ordinal()] = earlier == null ? reason : earlier + "; " + reason;
        }
    }
}
