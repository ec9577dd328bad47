package nl.rmt.intake.localstack.runner.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.rmt.intake.localstack.iam.ActingFunction;
import nl.rmt.intake.localstack.iam.FunctionRole;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the load run counts as sent to CloudWatch Logs, and under which source. */
class LogMeterTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogMeterTest.class);
    private static final Logger METRICS = LoggerFactory.getLogger("nl.rmt.intake.observability.Metrics");
    private static final FunctionRole INTAKE =
            new FunctionRole("SubmitIntakeFunction", "rmt-intake-SubmitIntakeFunction", null, null);

    @Test
    void countsAFunctionsLinesByLoggerAndMessagePatternNotArgumentsAndItsMetricDocumentsApart() {
        try (LogMeter meter = LogMeter.attach()) {
            ActingFunction.as(INTAKE, () -> {
                LOG.info("intake accepted: region={}", "AM18");
                LOG.info("intake accepted: region={}", "AM03");
                METRICS.debug("{}", "{\"_aws\":{}}");
                return null;
            });
            LOG.info("a line of the runner itself");

            assertThat(meter.sources()).extracting(LogMeter.Source::function, LogMeter.Source::what,
                    LogMeter.Source::lines).containsExactlyInAnyOrder(
                    tuple("SubmitIntakeFunction", "INFO LogMeterTest: intake accepted: region={}", 2L),
                    tuple("SubmitIntakeFunction", LogMeter.METRICS_DOCUMENT, 1L));
            assertThat(meter.sources()).filteredOn(source -> source.what().equals(LogMeter.METRICS_DOCUMENT))
                    .singleElement().extracting(LogMeter.Source::bytes).isEqualTo(12L);
        }
    }
}
