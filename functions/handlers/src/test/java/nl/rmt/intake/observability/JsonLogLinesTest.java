package nl.rmt.intake.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JsonLogLinesTest {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLogLinesTest.class);

    @Test
    void aLineAboutACaseCarriesTheCaseIdAsCorrelationIdAndTheLambdaRequestId() {
        try (CapturedLogLines captured = CapturedLogLines.capture()) {
            Invocation.observe(new FakeLambdaContext("req-7f3a"), new RecordedMetrics(), metrics -> {
                CaseLogContext.set("01JCASE7KQ4M9XW");
                LOG.info("outbox message sent: queue={}", "confirmation");
                return null;
            });

            assertThat(captured.json()).singleElement().satisfies(line -> {
                assertThat(line.get("message").asText()).isEqualTo("outbox message sent: queue=confirmation");
                assertThat(line.get("level").asText()).isEqualTo("INFO");
                assertThat(line.get("correlation_id").asText()).isEqualTo("01JCASE7KQ4M9XW");
                assertThat(line.get("function_request_id").asText()).isEqualTo("req-7f3a");
                assertThat(line.get("function_name").asText()).isEqualTo("rmt-intake-test");
                assertThat(line.has("timestamp")).isTrue();
            });
        }
    }

    @Test
    void aLineRepeatsNeitherTheFunctionsArnNorItsMemoryNorAConstantServiceName() {
        try (CapturedLogLines captured = CapturedLogLines.capture()) {
            Invocation.observe(new FakeLambdaContext("req-7f3b"), new RecordedMetrics(), metrics -> {
                LOG.info("escalation run: escalated=0");
                return null;
            });

            assertThat(captured.json()).singleElement().satisfies(line -> assertThat(line.has("function_arn")
                    || line.has("function_memory_size") || line.has("service")).isFalse());
        }
    }

    @Test
    void noCaseIdOrRequestIdOutlivesItsInvocation() {
        try (CapturedLogLines captured = CapturedLogLines.capture()) {
            Invocation.observe(new FakeLambdaContext("req-1"), new RecordedMetrics(), metrics -> {
                CaseLogContext.set("01JCASEONE");
                return null;
            });
            Invocation.observe(new FakeLambdaContext("req-2"), new RecordedMetrics(), metrics -> {
                LOG.info("escalation run: escalated=0");
                return null;
            });
            LOG.info("between invocations");

            List<JsonNode> lines = captured.json();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0).get("function_request_id").asText()).isEqualTo("req-2");
            assertThat(lines).allSatisfy(line -> assertThat(line.path("correlation_id").isTextual()).isFalse());
            assertThat(lines.get(1).path("function_request_id").isTextual()).isFalse();
        }
    }

    @Test
    void theNextRecordOfABatchDoesNotLogUnderThePreviousRecordsCase() {
        try (CapturedLogLines captured = CapturedLogLines.capture()) {
            CaseLogContext.set("01JCASEONE");
            CaseLogContext.set(null);
            LOG.warn("outbox message not sent, will retry: sequence=1 error=IllegalArgumentException");
            CaseLogContext.clear();

            assertThat(captured.json()).singleElement()
                    .satisfies(line -> assertThat(line.path("correlation_id").isTextual()).isFalse());
        }
    }

    @Test
    void theInvocationsMetricsAreWrittenWhenTheWorkThrows() {
        RecordedMetrics sink = new RecordedMetrics();

        try {
            Invocation.observe(new FakeLambdaContext("req-3"), sink, metrics -> {
                metrics.count(Metric.INTAKE_ACCEPTED, Dimension.region("AM18"));
                throw new IllegalStateException("store unavailable");
            });
        } catch (IllegalStateException expected) {
            // The handler's failure reaches Lambda unchanged.
        }

        assertThat(sink.of("IntakeAccepted")).hasSize(1);
    }
}
