package nl.rmt.intake.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.IntakeForm;
import nl.rmt.intake.domain.form.IntakeSubmission;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.domain.routing.RoutingDecision;
import nl.rmt.intake.handlers.intake.IntakeBodyParser;
import nl.rmt.intake.handlers.intake.ParsedBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** The CPU work of one intake before any I/O: parse the body (and take its fingerprint), validate, classify and route. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TriageBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    // Every fixture in events/intakes: each target group, English and Dutch, long remarks.
    @Param({"at-risk-employee-drechtsteden", "debt-help-assen-at-drenthe-desk", "jobbank-wajong-amsterdam",
        "jobseeker-ww-midden-brabant", "long-remarks-employed-utrecht", "newcomer-amsterdam",
        "youth-employed-no-consent-groningen", "youth-without-basic-qualification-utrecht", "zzp-noordoost-brabant"})
    public String fixture;

    private IntakeTriage triage;
    private IntakeBodyParser parser;
    private String body;
    private String region;
    private IntakeSubmission submission;
    private IntakeForm form;

    @Setup
    public void load() {
        triage = IntakeTriage.loadDefault();
        parser = new IntakeBodyParser();
        var event = Fixtures.intake(fixture);
        body = event.getBody();
        region = event.getPathParameters().get("region");
        submission = ((ParsedBody.Parsed) parser.parse(body, region, Language.NL)).submission();
        form = ((ValidationResult.Valid) triage.validate(submission, region, Language.NL, TODAY)).form();
    }

    @Benchmark
    public ParsedBody parseBody() {
        return parser.parse(body, region, Language.NL);
    }

    @Benchmark
    public ValidationResult validate() {
        return triage.validate(submission, region, Language.NL, TODAY);
    }

    @Benchmark
    public RoutingDecision classifyAndRoute() {
        return triage.decide(form, region, TODAY);
    }

    /** One whole decision; the request's fingerprint (compared on a repeated request) is consumed too, so it is made. */
    @Benchmark
    public RoutingDecision wholeTriage(Blackhole blackhole) {
        ParsedBody.Parsed parsed = (ParsedBody.Parsed) parser.parse(body, region, Language.NL);
        blackhole.consume(parsed.fingerprint());
        IntakeForm valid = ((ValidationResult.Valid) triage.validate(parsed.submission(), region, Language.NL, TODAY))
                .form();
        return triage.decide(valid, region, TODAY);
    }
}
