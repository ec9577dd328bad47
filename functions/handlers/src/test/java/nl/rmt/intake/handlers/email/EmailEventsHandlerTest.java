package nl.rmt.intake.handlers.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import nl.rmt.intake.testing.Cases;
import nl.rmt.intake.testing.LocalStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class EmailEventsHandlerTest {

    private static EmailEventsHandler handler;

    @BeforeAll
    static void startStack() {
        LocalStack.stack();
        handler = LocalStack.asFunction("EmailEventsFunction", EmailEventsHandler::new);
    }

    @Test
    void recordsABounceOnItsCaseWithoutTheAddress() {
        String caseId = Cases.submitted("jobbank-wajong-amsterdam");
        SNSEvent event = EventLoader.loadSNSEvent("events/email/bounce.json");
        var sns = event.getRecords().get(0).getSNS();
        sns.setMessage(sns.getMessage().replace("0f8b6c1e-4d2a-4b7e-9c3f-5a1d2e3f4b6c", caseId));

        assertThat(handler.handleRequest(event, null)).isEqualTo(1);

        var events = LocalStack.caseItem(caseId).get("emailEvents").l();
        assertThat(events).singleElement().satisfies(recorded -> {
            assertThat(recorded.m().get("type").s()).isEqualTo("Bounce");
            assertThat(recorded.m().get("subType").s()).isEqualTo("Permanent");
            assertThat(recorded.m().toString()).doesNotContain("noor.jansen@example.org");
        });
    }

    @ParameterizedTest
    @Event(value = "events/email/bounce.json", type = SNSEvent.class)
    void anEventForACaseNoLongerStoredIsSkipped(SNSEvent event) {
        assertThat(handler.handleRequest(event, null)).isZero();
    }
}
