package nl.rmt.intake.localstack.runner.fault;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rmt.intake.localstack.EmbeddedStack;
import nl.rmt.intake.localstack.runner.LocalLambda;
import org.junit.jupiter.api.Test;

/** The fault run at a size for every build; the README has the command for 10,000 intakes. */
class FaultRunTest {

    private static final int INTAKES = Integer.getInteger("faultRun.intakes", 500);

    @Test
    void loosesNoCaseSendsNothingTwiceAndLeavesNothingStuckWhileEveryHopFails() {
        Reconciliation result;
        // The pipeline's faults are under test here; the proof of work of the public form has its own tests.
        try (EmbeddedStack stack = EmbeddedStack.builder().parameter("ProofOfWork", "Disabled").start();
                LocalLambda lambda = LocalLambda.start(stack, 0)) {
            result = new FaultRun(stack, lambda, 2026L).run(INTAKES, FaultPlan.standard(2026L));
        }
        System.out.println(result.report());

        assertThat(result.faultsInjected().values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(result.accepted()).isPositive();
        assertThat(result.lost()).as(result.report()).isZero();
        assertThat(result.stuck()).as(result.report()).isZero();
        assertThat(result.duplicateMessages()).as(result.report()).isZero();
        assertThat(result.duplicateEmails()).as(result.report()).isZero();
        assertThat(result.replaysWithAnotherCase()).as(result.report()).isZero();
        assertThat(result.failedByStatus()).as(result.report()).isEmpty();
    }
}
