package nl.rmt.intake.handlers.intake;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.rmt.intake.application.CaseReceipt;
import nl.rmt.intake.application.EmailQuota;
import nl.rmt.intake.application.IntakeRequest;
import nl.rmt.intake.application.ProofCheck;
import nl.rmt.intake.application.ProofMessages;
import nl.rmt.intake.application.SubmitIntake;
import nl.rmt.intake.application.SubmitOutcome;
import nl.rmt.intake.config.AwsClients;
import nl.rmt.intake.config.Settings;
import nl.rmt.intake.domain.IntakeTriage;
import nl.rmt.intake.domain.form.FieldError;
import nl.rmt.intake.domain.form.Language;
import nl.rmt.intake.domain.form.ValidationResult;
import nl.rmt.intake.handlers.http.ErrorBody;
import nl.rmt.intake.handlers.http.HttpApiEvents;
import nl.rmt.intake.handlers.http.HttpApiHandler;
import nl.rmt.intake.handlers.http.HttpResponses;
import nl.rmt.intake.handlers.http.LoggedRegion;
import nl.rmt.intake.messaging.QueueNames;
import nl.rmt.intake.observability.CaseLogContext;
import nl.rmt.intake.observability.Dimension;
import nl.rmt.intake.observability.Invocation;
import nl.rmt.intake.observability.Metric;
import nl.rmt.intake.observability.Metrics;
import nl.rmt.intake.observability.MetricsSink;
import nl.rmt.intake.pow.ProofOfWork;
import nl.rmt.intake.snapstart.Priming;
import nl.rmt.intake.store.DynamoDbCaseStore;
import nl.rmt.intake.store.DynamoDbReorganisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code POST /v1/regions/{region}/intakes}: a citizen submits the intake form. */
public final class SubmitIntakeHandler implements HttpApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitIntakeHandler.class);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final SubmitIntake submitIntake;
    private final ProofOfWork proofOfWork;
    private final MetricsSink metricsSink;

    /** Lambda's constructor; with SnapStart, the snapshot is taken after a dry run of an example intake. */
    public SubmitIntakeHandler() {
        this(MetricsSink.standard());
        Priming.beforeSnapshot("intake", this::dryRun);
    }

    public SubmitIntakeHandler(MetricsSink metricsSink) {
        this(AwsClients.dynamoDb(), metricsSink);
    }

    /** One client for the cases and the invitations: building a second cost every cold start its own setup. */
    private SubmitIntakeHandler(DynamoDbClient dynamoDb, MetricsSink metricsSink) {
        this(new SubmitIntake(
                IntakeTriage.loadDefault(),
                new DynamoDbCaseStore(dynamoDb, Settings.required("TABLE_NAME"),
                        new QueueNames(Settings.required("QUEUE_NAME_PREFIX"))),
                Clock.systemUTC(),
                new SecureRandom(),
                Settings.optional("EMAILS_PER_ADDRESS_PER_DAY").map(Integer::parseInt)
                        .orElse(EmailQuota.DEFAULT_PER_DAY),
                new DynamoDbReorganisations(dynamoDb, Settings.required("TABLE_NAME"))),
                ProofOfWork.fromSettings(), metricsSink);
    }

    public SubmitIntakeHandler(SubmitIntake submitIntake) {
        this(submitIntake, ProofOfWork.fromSettings());
    }

    public SubmitIntakeHandler(SubmitIntake submitIntake, ProofOfWork proofOfWork) {
        this(submitIntake, proofOfWork, MetricsSink.standard());
    }

    private SubmitIntakeHandler(SubmitIntake submitIntake, ProofOfWork proofOfWork, MetricsSink metricsSink) {
        this.submitIntake = submitIntake;
        this.proofOfWork = proofOfWork;
        this.metricsSink = metricsSink;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Invocation.observe(context, metricsSink, metrics -> {
            IntakeHttpRequest request = new IntakeHttpRequest(event);
            APIGatewayV2HTTPResponse response = submit(request, metrics);
            if (response.getStatusCode() == 400) {
                metrics.count(Metric.INTAKE_REJECTED, Dimension.region(request.region));
            }
            return response;
        });
    }

    private APIGatewayV2HTTPResponse submit(IntakeHttpRequest request, Metrics metrics) {
        String region = request.region;
        Optional<String> key = request.http.header("Idempotency-Key");
        boolean badKey = key.isPresent() && !IDEMPOTENCY_KEY.matcher(key.get()).matches();
        if (request.body instanceof ParsedBody.Unreadable unreadable) {
            return request.badRequest(unreadable.language(), withKeyError(unreadable.errors(), badKey,
                    unreadable.language()));
        }
        ParsedBody.Parsed parsed = (ParsedBody.Parsed) request.body;
        if (badKey) {
            // The form's own errors come with the key's, so that one answer names every problem.
            ValidationResult validation = submitIntake.validate(parsed.submission(), region, request.preferredLanguage);
            Language language = validation instanceof ValidationResult.Invalid invalid ? invalid.language()
                    : request.preferredLanguage;
            List<FieldError> formErrors = validation instanceof ValidationResult.Invalid invalid ? invalid.errors()
                    : List.of();
            return request.badRequest(language, withKeyError(formErrors, true, language));
        }
        SubmitOutcome outcome = submitIntake.submit(new IntakeRequest(region, parsed.submission(),
                request.preferredLanguage, key.orElse(null), parsed.fingerprint(),
                proofOfWork.check(request.http.header(ProofMessages.FIELD), Instant.now()), parsed.invitation()));
        if (outcome instanceof SubmitOutcome.Accepted accepted) {
            CaseReceipt receipt = accepted.receipt();
            CaseLogContext.set(receipt.caseId());
            LOG.info("intake accepted: region={} lead={} replayed={}", receipt.region(),
                    receipt.leadPartnerId(), accepted.replayed());
            if (!accepted.replayed()) {
                metrics.count(Metric.INTAKE_ACCEPTED, Dimension.region(receipt.region()));
                accepted.targetGroups().forEach(group ->
                        metrics.count(Metric.INTAKE_ACCEPTED, Dimension.targetGroup(group)));
            }
            return HttpResponses.json(202, IntakeAccepted.of(receipt),
                    accepted.replayed() ? Map.of("Idempotent-Replayed", "true") : Map.of());
        }
        if (outcome instanceof SubmitOutcome.Invalid invalid) {
            return request.badRequest(invalid.errors().language(), invalid.errors().errors());
        }
        LOG.info("intake refused: idempotency key reused for another request, region={}", LoggedRegion.of(region));
        return HttpResponses.json(422, ErrorBody.of(
                "This Idempotency-Key was already used for a different request; use a new key for a new form."));
    }

    /**
     * An example form down the intake's whole path: its event read, the form parsed, validated, classified and
     * routed, its case and outbox built, its write marshalled and signed (and, under {@link Priming}, not sent);
     * and an answer written.
     */
    void dryRun() {
        IntakeHttpRequest request;
        try (InputStream form = SubmitIntakeHandler.class.getResourceAsStream("priming-form.json")) {
            String body = new String(JsonStringEncoder.getInstance().quoteAsString(
                    new String(form.readAllBytes(), StandardCharsets.UTF_8)));
            String event = "{\"pathParameters\":{\"region\":\"AM23\"},\"headers\":{\"content-type\":"
                    + "\"application/json\",\"accept-language\":\"nl\"},\"body\":\"" + body + "\"}";
            request = new IntakeHttpRequest(HttpApiEvents.read(
                    new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8))));
            HttpApiEvents.write(HttpResponses.json(202, ErrorBody.of("dry run")), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedBody.Parsed parsed = (ParsedBody.Parsed) request.body;
        submitIntake.submit(new IntakeRequest(request.region, parsed.submission(), request.preferredLanguage, null,
                parsed.fingerprint(), new ProofCheck.NotRequired()));
    }

    private static List<FieldError> withKeyError(List<FieldError> errors, boolean badKey, Language language) {
        if (!badKey) {
            return errors;
        }
        List<FieldError> all = new ArrayList<>(errors);
        all.add(new FieldError("Idempotency-Key", ParserMessages.INVALID_IDEMPOTENCY_KEY,
                ParserMessages.text(ParserMessages.INVALID_IDEMPOTENCY_KEY, language)));
        return all;
    }
}
