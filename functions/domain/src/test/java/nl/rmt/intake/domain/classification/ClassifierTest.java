package nl.rmt.intake.domain.classification;

import static nl.rmt.intake.domain.classification.FormBuilder.anAdultInNoGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.rmt.intake.domain.form.Benefit;
import nl.rmt.intake.domain.form.Need;
import nl.rmt.intake.domain.form.WorkStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierTest {

    private static final LocalDate INTAKE = LocalDate.of(2026, 3, 15);
    private static final int YOUTH_LIMIT = 27;

    private final Classifier classifier = new Classifier();

    private List<GroupAssignment> classify(FormBuilder form) {
        return classifier.classify(form.build(), INTAKE, YOUTH_LIMIT);
    }

    private List<TargetGroup> groupsOf(FormBuilder form) {
        return classify(form).stream().map(GroupAssignment::group).toList();
    }

    @Test
    void putsAnAdultWithoutAnySignalInNoGroup() {
        assertThat(classify(anAdultInNoGroup())).isEmpty();
    }

    @Test
    void countsSomeoneWhoTurns27TomorrowAsYouth() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.dateOfBirth = LocalDate.of(1999, 3, 16))))
                .containsExactly(new GroupAssignment(TargetGroup.YOUTH, "younger than 27 on the intake date"));
    }

    @Test
    void turnsYouthOnlyBeforeThe27thBirthday() {
        assertThat(groupsOf(anAdultInNoGroup().with(f -> f.dateOfBirth = LocalDate.of(1999, 3, 15))))
                .doesNotContain(TargetGroup.YOUTH);
    }

    @Test
    void countsSomeoneBornOn29FebruaryAsYouthUntil1MarchOfTheYearTheyTurn27() {
        FormBuilder leapDayBaby = anAdultInNoGroup().with(f -> f.dateOfBirth = LocalDate.of(2000, 2, 29));

        assertThat(classifier.classify(leapDayBaby.build(), LocalDate.of(2027, 2, 28), YOUTH_LIMIT))
                .extracting(GroupAssignment::group).containsExactly(TargetGroup.YOUTH);
        assertThat(classifier.classify(leapDayBaby.build(), LocalDate.of(2027, 3, 1), YOUTH_LIMIT))
                .extracting(GroupAssignment::group).doesNotContain(TargetGroup.YOUTH);
    }

    @Test
    void usesTheRegionsYouthAgeLimit() {
        List<GroupAssignment> groups = classifier.classify(
                anAdultInNoGroup().with(f -> f.dateOfBirth = LocalDate.of(1996, 3, 16)).build(), INTAKE, 30);

        assertThat(groups).containsExactly(
                new GroupAssignment(TargetGroup.YOUTH, "younger than 30 on the intake date"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void refusesAYouthAgeLimitThatIsNotPositive(int limit) {
        assertThatThrownBy(() -> classifier.classify(anAdultInNoGroup().build(), INTAKE, limit))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putsTheSelfEmployedInZzp() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.workStatus = WorkStatus.SELF_EMPLOYED)))
                .containsExactly(new GroupAssignment(TargetGroup.ZZP, "work status SELF_EMPLOYED"));
    }

    @Test
    void putsBbzRecipientsInZzp() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.benefit = Benefit.BBZ)))
                .containsExactly(new GroupAssignment(TargetGroup.ZZP, "benefit BBZ"));
    }

    @Test
    void givesBothZzpReasonsInOneAssignment() {
        assertThat(classify(anAdultInNoGroup().with(f -> {
            f.workStatus = WorkStatus.SELF_EMPLOYED;
            f.benefit = Benefit.BBZ;
        }))).containsExactly(new GroupAssignment(TargetGroup.ZZP, "work status SELF_EMPLOYED; benefit BBZ"));
    }

    @Test
    void putsPeopleInTheBanenafspraakRegisterInJobbank() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.inBanenafspraakRegister = true)))
                .containsExactly(new GroupAssignment(TargetGroup.JOBBANK,
                        "in the Banenafspraak target-group register"));
    }

    @Test
    void putsWajongRecipientsInJobbank() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.benefit = Benefit.WAJONG)))
                .containsExactly(new GroupAssignment(TargetGroup.JOBBANK, "benefit WAJONG"));
    }

    @ParameterizedTest
    @EnumSource(value = Benefit.class, names = {"NONE", "WW", "BIJSTAND", "OTHER"})
    void putsOtherBenefitsInNoGroup(Benefit benefit) {
        assertThat(classify(anAdultInNoGroup().with(f -> f.benefit = benefit))).isEmpty();
    }

    @Test
    void putsWorkersAtRiskInAtRiskEmployee() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.workStatus = WorkStatus.AT_RISK)))
                .containsExactly(new GroupAssignment(TargetGroup.AT_RISK_EMPLOYEE, "work status AT_RISK"));
    }

    @Test
    void putsWorkersAtRiskInAtRiskEmployeeWhateverTheirWorkEndDate() {
        assertThat(groupsOf(anAdultInNoGroup().with(f -> {
            f.workStatus = WorkStatus.AT_RISK;
            f.workEndDate = INTAKE.plusYears(2);
        }))).containsExactly(TargetGroup.AT_RISK_EMPLOYEE);
    }

    @Test
    void putsEmployeesWhoseWorkEndsOnTheIntakeDateInAtRiskEmployee() {
        assertThat(classify(employedUntil(INTAKE))).containsExactly(new GroupAssignment(
                TargetGroup.AT_RISK_EMPLOYEE,
                "work status EMPLOYED and work ends within 6 months of the intake date"));
    }

    @Test
    void putsEmployeesWhoseWorkEndsExactlySixMonthsAfterTheIntakeInAtRiskEmployee() {
        assertThat(groupsOf(employedUntil(LocalDate.of(2026, 9, 15)))).containsExactly(TargetGroup.AT_RISK_EMPLOYEE);
    }

    @Test
    void leavesOutEmployeesWhoseWorkEndsOneDayAfterTheSixMonths() {
        assertThat(classify(employedUntil(LocalDate.of(2026, 9, 16)))).isEmpty();
    }

    @Test
    void leavesOutEmployeesWhoseWorkEndDateHasPassed() {
        assertThat(classify(employedUntil(INTAKE.minusDays(1)))).isEmpty();
    }

    @Test
    void leavesOutEmployeesWithoutAWorkEndDate() {
        assertThat(classify(employedUntil(null))).isEmpty();
    }

    @Test
    void countsSixMonthsFromTheEndOfAMonthAsCalendarMonths() {
        FormBuilder endsLastOfFebruary = employedUntil(LocalDate.of(2027, 2, 28));
        FormBuilder endsFirstOfMarch = employedUntil(LocalDate.of(2027, 3, 1));
        LocalDate lastOfAugust = LocalDate.of(2026, 8, 31);

        assertThat(classifier.classify(endsLastOfFebruary.build(), lastOfAugust, YOUTH_LIMIT))
                .extracting(GroupAssignment::group).containsExactly(TargetGroup.AT_RISK_EMPLOYEE);
        assertThat(classifier.classify(endsFirstOfMarch.build(), lastOfAugust, YOUTH_LIMIT)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = WorkStatus.class, names = {"UNEMPLOYED", "SELF_EMPLOYED", "OTHER"})
    void appliesTheWorkEndDateOnlyToEmployees(WorkStatus workStatus) {
        assertThat(groupsOf(anAdultInNoGroup().with(f -> {
            f.workStatus = workStatus;
            f.workEndDate = INTAKE.plusMonths(1);
        }))).doesNotContain(TargetGroup.AT_RISK_EMPLOYEE);
    }

    private static FormBuilder employedUntil(LocalDate workEndDate) {
        return anAdultInNoGroup().with(f -> {
            f.workStatus = WorkStatus.EMPLOYED;
            f.workEndDate = workEndDate;
        });
    }

    @Test
    void putsTheUnemployedInJobseeker() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.workStatus = WorkStatus.UNEMPLOYED)))
                .containsExactly(new GroupAssignment(TargetGroup.JOBSEEKER, "work status UNEMPLOYED"));
    }

    @Test
    void putsPeopleWhoNeedDebtHelpInDebt() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.needs = Set.of(Need.DEBT_HELP))))
                .containsExactly(new GroupAssignment(TargetGroup.DEBT, "need DEBT_HELP"));
    }

    @Test
    void putsPeopleWhoNeedTrainingInTraining() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.needs = Set.of(Need.TRAINING))))
                .containsExactly(new GroupAssignment(TargetGroup.TRAINING, "need TRAINING"));
    }

    @Test
    void putsYouthWithoutABasicQualificationInTraining() {
        assertThat(classify(anAdultInNoGroup().with(f -> {
            f.dateOfBirth = LocalDate.of(2005, 1, 1);
            f.hasBasicQualification = false;
        }))).containsExactly(
                new GroupAssignment(TargetGroup.YOUTH, "younger than 27 on the intake date"),
                new GroupAssignment(TargetGroup.TRAINING,
                        "younger than 27 on the intake date and without a basic qualification"));
    }

    @Test
    void givesBothTrainingReasonsInOneAssignment() {
        assertThat(classify(anAdultInNoGroup().with(f -> {
            f.dateOfBirth = LocalDate.of(2005, 1, 1);
            f.hasBasicQualification = false;
            f.needs = Set.of(Need.TRAINING);
        }))).contains(new GroupAssignment(TargetGroup.TRAINING,
                "need TRAINING; younger than 27 on the intake date and without a basic qualification"));
    }

    @Test
    void leavesYouthWithABasicQualificationOutOfTraining() {
        assertThat(groupsOf(anAdultInNoGroup().with(f -> f.dateOfBirth = LocalDate.of(2005, 1, 1))))
                .containsExactly(TargetGroup.YOUTH);
    }

    @Test
    void leavesAdultsWithoutABasicQualificationOutOfTraining() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.hasBasicQualification = false))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Need.class, names = {"WORK", "CAREER_ADVICE", "LANGUAGE", "INCOME_SUPPORT"})
    void putsOtherNeedsInNoGroup(Need need) {
        assertThat(classify(anAdultInNoGroup().with(f -> f.needs = Set.of(need)))).isEmpty();
    }

    @Test
    void putsStatusHoldersInNewcomer() {
        assertThat(classify(anAdultInNoGroup().with(f -> f.statusHolder = true)))
                .containsExactly(new GroupAssignment(TargetGroup.NEWCOMER, "status holder"));
    }

    @Test
    void listsEveryGroupOnceInDeclarationOrder() {
        List<GroupAssignment> assignments = classify(anAdultInNoGroup().with(f -> {
            f.dateOfBirth = LocalDate.of(2005, 1, 1);
            f.hasBasicQualification = false;
            f.workStatus = WorkStatus.SELF_EMPLOYED;
            f.benefit = Benefit.WAJONG;
            f.statusHolder = true;
            f.needs = EnumSet.allOf(Need.class);
        }));

        assertThat(assignments).extracting(GroupAssignment::group).containsExactly(
                TargetGroup.YOUTH, TargetGroup.ZZP, TargetGroup.JOBBANK, TargetGroup.DEBT, TargetGroup.TRAINING,
                TargetGroup.NEWCOMER);
    }

    @Test
    void neverMentionsPersonalDataInReasons() {
        List<GroupAssignment> assignments = classify(anAdultInNoGroup().with(f -> {
            f.givenName = "Qwertina";
            f.familyName = "Qwertman";
            f.dateOfBirth = LocalDate.of(2001, 7, 23);
            f.hasBasicQualification = false;
            f.workStatus = WorkStatus.EMPLOYED;
            f.workEndDate = INTAKE.plusDays(12);
            f.inBanenafspraakRegister = true;
            f.statusHolder = true;
            f.needs = EnumSet.allOf(Need.class);
        }));

        assertThat(assignments).isNotEmpty().extracting(GroupAssignment::reason).allSatisfy(reason -> assertThat(reason)
                .doesNotContain("Qwert", "2001", "07-23", "sanne", "3511", "GM0344", "+316", "03-27"));
    }
}
