package nl.rmt.intake.localstack.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalStackMainTest {

    @Test
    void demoSubmitsEveryCaseThroughTheProjectTemplateAndShowsWhereEachEnded() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "--demo", "--exit", "--free-ports", "--demo-dir", demoFolder().toString()});

        int exitCode = LocalStackMain.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("HTTP API        http://localhost:")
                .contains("POST /v1/regions/{region}/intakes -> SubmitIntakeFunction")
                .contains("Submitting 3 demo case(s)");
        for (String demoCase : new String[] {"debt-help-assen-at-drenthe-desk", "jobbank-wajong-amsterdam", "zzp-noordoost-brabant"}) {
            String section = section(output, "== " + demoCase);
            assertThat(section).as(demoCase).containsPattern("HTTP 202: case \\S+, reference \\S+, lead ")
                    .contains("Stored case:")
                    .containsPattern("Partner messages:\\n  rmt-intake-\\S+\\.fifo: \\{")
                    .contains("Confirmation email: \"");
        }
        assertThat(section(output, "== jobbank-wajong-amsterdam")).contains("rmt-intake-partner-uwv.fifo");
    }

    @Test
    void theDemoPlaysThePartnerLoopThroughTheSignedFeedbackRoute() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "--demo", "--exit", "--free-ports", "--demo-dir", demoFolder().toString()});

        int exitCode = LocalStackMain.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("POST /v1/partner/cases/{caseId}/feedback -> PartnerFeedbackFunction (AWS_IAM)");
        String loop = output.substring(output.indexOf("== The partner loop"));
        assertThat(loop).contains("rmt-intake-partner-uwv: CASE_ASSIGNED")
                .containsPattern("action=REJECTED http=200 deleted")
                .containsPattern("rmt-intake-partner-am18-gemeente: CASE_ASSIGNED case=\\S+ action=ACCEPTED http=200")
                .contains("CLOSED (WORK) → HTTP 200")
                .contains("POST /v1/withdrawals → HTTP 200")
                .containsPattern("CASE_WITHDRAWN case=\\S+ action=ACKNOWLEDGED")
                .doesNotContainPattern("http=5\\d\\d");
        List<String> ended = loop.substring(loop.indexOf("-- Where each case ended")).lines().skip(1)
                .takeWhile(line -> line.startsWith("  ")).toList();
        assertThat(ended).hasSize(3);
        assertThat(ended).anySatisfy(line -> assertThat(line)
                .contains("REJECTED (partner:uwv) → ROUTED (system:routing) → ACCEPTED (partner:am18-gemeente)"));
        assertThat(ended).anySatisfy(line -> assertThat(line).endsWith("CLOSED (partner:rmt-am01)"));
    }

    @Test
    void theDemoEndsWithTodaysCountsReadAsTheMonitoringRole() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "--demo", "--exit", "--free-ports", "--demo-dir", demoFolder().toString()});

        int exitCode = LocalStackMain.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("GET /v1/monitoring/counts -> MonitoringFunction (AWS_IAM)");
        String counts = output.substring(output.indexOf("== Today's monitoring counts"));
        assertThat(counts).contains("signed as rmt-intake-monitoring")
                // The three sample intakes and the seven employees of the demo's reorganisation.
                .contains("HTTP 200: 10 intake(s)")
                .contains("AM23 Drechtsteden: 7 intake(s)")
                .containsPattern("AM18 Groot Amsterdam: 1 intake\\(s\\) \\| groups [^|]*JOBBANK 1")
                .contains("outcomes WORK 1")
                .containsPattern("CSV \\(&format=csv\\): HTTP 200, \\d+ rows, attachment; filename=\"rmt-counts-");
    }

    @Test
    void intakeOnlyStopsTheDemoBeforeThePartnerLoop() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--demo", "--intake-only"});

        assertThat(options.demo()).isTrue();
        assertThat(options.partners()).isFalse();
        assertThat(LaunchOptions.parse(new String[] {"--demo"}).partners()).isTrue();
    }

    @Test
    void partnersAreSkippedWithANoteWhenTheTemplateHasNoFeedbackRoute() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LaunchOptions options = LaunchOptions.parse(new String[] {
            "--partners", "--exit", "--free-ports", "--demo-dir", demoFolder().toString(),
            "--template", Path.of(LocalStackMainTest.class.getResource("/intake-only-template.yaml").toURI()).toString()});

        int exitCode = LocalStackMain.run(options, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("Partners: skipped; the template has no POST /v1/partner/cases/{caseId}/feedback route yet.");
    }

    @Test
    void partnersImplyTheDemoAndSchedulesPutTheTimersOn() {
        LaunchOptions partners = LaunchOptions.parse(new String[] {"--partners"});
        LaunchOptions schedules = LaunchOptions.parse(new String[] {"--schedules"});

        assertThat(partners.demo()).isTrue();
        assertThat(partners.scheduleMode()).isEqualTo(LocalLambda.ScheduleMode.BY_HAND);
        assertThat(schedules.demo()).isFalse();
        assertThat(schedules.scheduleMode()).isEqualTo(LocalLambda.ScheduleMode.ON_TIMER);
    }

    @Test
    void unknownOptionsAreRejectedWithTheUsage() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--dmeo"}))
                .hasMessageContaining("Unknown option --dmeo").hasMessageContaining("Usage:");
    }

    @Test
    void freePortsAlsoFreeTheHttpPortUnlessOneIsGiven() {
        assertThat(LaunchOptions.parse(new String[] {}).httpPort()).isEqualTo(3000);
        assertThat(LaunchOptions.parse(new String[] {"--free-ports"}).httpPort()).isZero();
        assertThat(LaunchOptions.parse(new String[] {"--free-ports", "--http-port", "3100"}).httpPort()).isEqualTo(3100);
    }

    private static String section(String output, String heading) {
        int start = output.indexOf(heading);
        assertThat(start).as("section " + heading).isNotNegative();
        int next = output.indexOf("\n== ", start + heading.length());
        return output.substring(start, next < 0 ? output.length() : next);
    }

    private static Path demoFolder() throws URISyntaxException {
        return Path.of(LocalStackMainTest.class.getResource("/demo").toURI());
    }
}
