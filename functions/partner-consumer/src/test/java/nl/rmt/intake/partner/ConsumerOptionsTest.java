package nl.rmt.intake.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsumerOptionsTest {

    @Test
    void readsTheQueueApiPartnerAndAction() {
        ConsumerOptions options = ConsumerOptions.parse(new String[] {
            "--queue", "rmt-intake-partner-uwv.fifo", "--api", "http://localhost:3000", "--partner", "uwv",
            "--close", "NO_SHOW", "--once"});

        assertThat(options).isEqualTo(new ConsumerOptions("rmt-intake-partner-uwv.fifo", URI.create("http://localhost:3000"),
                "uwv", Optional.of(Feedback.closed(Outcome.NO_SHOW)), true, Optional.empty()));
    }

    @Test
    void withoutAnActionAssignmentsAreTakenWithoutFeedback() {
        ConsumerOptions options = ConsumerOptions.parse(new String[] {
            "--queue", "q.fifo", "--api", "http://localhost:3000", "--partner", "uwv"});

        assertThat(options.feedback()).isEmpty();
        assertThat(options.once()).isFalse();
    }

    @Test
    void oneActionAtATime() {
        assertThatThrownBy(() -> ConsumerOptions.parse(new String[] {
            "--queue", "q.fifo", "--api", "http://x", "--partner", "uwv", "--accept", "--reject", "full"}))
                .hasMessageContaining("Choose one of --accept, --reject and --close");
    }

    @Test
    void queueApiAndPartnerAreRequiredAndUnknownOptionsRefused() {
        assertThatThrownBy(() -> ConsumerOptions.parse(new String[] {"--queue", "q.fifo"}))
                .hasMessageContaining("--queue, --api and --partner are required").hasMessageContaining("Usage:");
        assertThatThrownBy(() -> ConsumerOptions.parse(new String[] {"--acept"})).hasMessageContaining("Unknown option --acept");
        assertThatThrownBy(() -> ConsumerOptions.parse(new String[] {"--close", "HIRED"})).hasMessageContaining("not HIRED");
    }
}
