package nl.rmt.intake.localstack.runner.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.LocalLambda;
import org.junit.jupiter.api.Test;

/** The load run at a size for every build, for its correctness only; the README has the command and the figures. */
class LoadRunTest {

    private static final int INTAKES = 300;
    private static final int CLIENTS = 32;

    @Test
    void everyIntakeFromManyClientsIsRoutedAndConfirmedExactlyOnceAndASampleLivesOnUntilErased() {
        LoadReport report;
        int submitInstances;
        long challengesAnswered;
        // As deployed: every intake comes with a solved proof of work.
        try (EmbeddedStack stack = EmbeddedStack.builder().start();
                LocalLambda lambda = LocalLambda.start(stack, 0)) {
            report = new LoadRun(stack, lambda).run(INTAKES, CLIENTS, 2026L);
            challengesAnswered = lambda.function("ChallengeFunction").usage().invocations();
            submitInstances = lambda.function("SubmitIntakeFunction").instancesInitialised();
        }
        System.out.println(report.text());

        assertThat(report.accepted()).as(report.text()).isEqualTo(INTAKES);
        assertThat(report.otherStatuses()).as(report.text()).isEmpty();
        assertThat(report.notRouted()).as(report.text()).isZero();
        assertThat(report.notConfirmed()).as(report.text()).isZero();
        assertThat(report.casesByEmails()).as(report.text()).isEqualTo(Map.of(1, INTAKES));
        assertThat(report.casesByPartnerMessages().keySet()).as(report.text()).allMatch(messages -> messages >= 1);
        assertThat(report.reconciliation().clean()).as(report.text()).isTrue();
        assertThat(report.life()).as(report.text()).extracting(CaseLife.Step::name)
                .containsExactly("acceptance", "closing", "erasure");
        assertThat(report.life()).as(report.text()).allMatch(step -> step.cases() > 0 && step.done() == step.cases());
        assertThat(report.clean()).as(report.text()).isTrue();
        assertThat(submitInstances).as("instances of the intake function").isGreaterThan(1);
        assertThat(challengesAnswered).as("challenges, one for each intake, warm-up included")
                .isGreaterThanOrEqualTo(INTAKES + 2L * CLIENTS);
    }
}
