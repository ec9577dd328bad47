package nl.rmt.intake.domain.classification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        Map<TargetGroup, List<String>> reasons = new EnumMap<>(TargetGroup.class);
        boolean youth = form.person().ageOn(intakeDate) < youthAgeLimit;
        String youthReason = "younger than " + youthAgeLimit + " on the intake date";

        addIf(youth, reasons, TargetGroup.YOUTH, youthReason);
        addIf(situation.workStatus() == WorkStatus.SELF_EMPLOYED, reasons, TargetGroup.ZZP,
                "work status " + WorkStatus.SELF_EMPLOYED);
        addIf(situation.benefit() == Benefit.BBZ, reasons, TargetGroup.ZZP, "benefit " + Benefit.BBZ);
        addIf(situation.inBanenafspraakRegister(), reasons, TargetGroup.JOBBANK,
                "in the Banenafspraak target-group register");
        addIf(situation.benefit() == Benefit.WAJONG, reasons, TargetGroup.JOBBANK, "benefit " + Benefit.WAJONG);
        addIf(situation.workStatus() == WorkStatus.AT_RISK, reasons, TargetGroup.AT_RISK_EMPLOYEE,
                "work status " + WorkStatus.AT_RISK);
        addIf(employedWithWorkEndingSoon(situation, intakeDate), reasons, TargetGroup.AT_RISK_EMPLOYEE,
                "work status " + WorkStatus.EMPLOYED + " and work ends within " + AT_RISK_HORIZON_MONTHS
                        + " months of the intake date");
        addIf(situation.workStatus() == WorkStatus.UNEMPLOYED, reasons, TargetGroup.JOBSEEKER,
                "work status " + WorkStatus.UNEMPLOYED);
        addIf(form.needs().contains(Need.DEBT_HELP), reasons, TargetGroup.DEBT, "need " + Need.DEBT_HELP);
        addIf(form.needs().contains(Need.TRAINING), reasons, TargetGroup.TRAINING, "need " + Need.TRAINING);
        addIf(youth && !situation.hasBasicQualification(), reasons, TargetGroup.TRAINING,
                youthReason + " and without a basic qualification");
        addIf(situation.statusHolder(), reasons, TargetGroup.NEWCOMER, "status holder");

        List<GroupAssignment> assignments = new ArrayList<>();
        reasons.forEach((group, because) -> assignments.add(new GroupAssignment(group, String.join("; ", because))));
        return List.copyOf(assignments);
    }

    private static boolean employedWithWorkEndingSoon(Situation situation, LocalDate intakeDate) {
        LocalDate workEnds = situation.workEndDate();
        return situation.workStatus() == WorkStatus.EMPLOYED
                && workEnds != null
                && !workEnds.isBefore(intakeDate)
                && !workEnds.isAfter(intakeDate.plusMonths(AT_RISK_HORIZON_MONTHS));
    }

    private static void addIf(boolean applies, Map<TargetGroup, List<String>> reasons, TargetGroup group,
                              String reason) {
        if (applies) {
            reasons.computeIfAbsent(group, ignored -> new ArrayList<>()).add(reason);
        }
    }
}
