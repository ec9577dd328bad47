package nl.rmt.intake.handlers.intake;

import static org.assertj.core.api.Assertions.assertThat;

import nl.rmt.intake.snapstart.Priming;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.Test;

class SubmitIntakePrimingTest {

    @Test
    void theDryRunGoesUpToTheCaseWriteAndStoresNothing() {
        SubmitIntakeHandler handler = LocalStack.asFunction("SubmitIntakeFunction", SubmitIntakeHandler::new);
        int itemsBefore = LocalStack.itemCount();

        boolean primed = Priming.prime("intake", handler::dryRun);

        assertThat(primed).isTrue();
        assertThat(LocalStack.itemCount()).isEqualTo(itemsBefore);
    }
}
